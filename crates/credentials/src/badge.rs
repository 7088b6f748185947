//! The academy's certificates as Open Badges 3.0 credentials (`OpenBadgeCredential`, W3C
//! Verifiable Credentials Data Model 2.0), and its signed revocation list.

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::proof::{self, OB_V3P0_CONTEXT, VC_V2_CONTEXT};
use crate::{Issuer, Result};

/// One certificate, as the credential states it.
pub struct Award<'a> {
    /// The certificate's id: the credential is `urn:uuid:ID`.
    pub id: &'a str,
    /// The member's name as they write it, in any script.
    pub name: &'a str,
    /// The member code; only its salted SHA-256 goes into the credential.
    pub member_code: &'a str,
    /// Where the achievement is described (the module's page).
    pub achievement_url: &'a str,
    pub achievement_name: &'a str,
    pub achievement_description: &'a str,
    pub criteria: &'a str,
    /// When it was issued, as an `xsd:dateTimeStamp`.
    pub issued: &'a str,
    pub status_index: u64,
}

/// OB 3.0 `identityHash`: `sha256$` and the hexadecimal SHA-256 of the value and the salt.
pub fn identity_hash(value: &str, salt: &str) -> String {
    let digest = Sha256::digest(format!("{value}{salt}").as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256${hex}")
}

/// Where the revocation list is served.
pub fn status_list_url(issuer: &Issuer) -> String {
    format!("{}/credentials/status/1", issuer.base_url)
}

/// The unsigned credential for a certificate.
pub fn credential(issuer: &Issuer, a: &Award) -> Value {
    let list = status_list_url(issuer);
    json!({
        "@context": [VC_V2_CONTEXT, OB_V3P0_CONTEXT],
        "id": format!("urn:uuid:{}", a.id),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": a.achievement_name,
        "issuer": {
            "id": issuer.did(),
            "type": ["Profile"],
            "name": "ASM Learning Academy",
            "url": issuer.base_url,
        },
        "validFrom": a.issued,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": false,
                    "identityHash": a.name,
                },
                {
                    "type": "IdentityObject",
                    "identityType": "identifier",
                    "hashed": true,
                    "identityHash": identity_hash(a.member_code, a.id),
                    "salt": a.id,
                },
            ],
            "achievement": {
                "id": a.achievement_url,
                "type": ["Achievement"],
                "name": a.achievement_name,
                "description": a.achievement_description,
                "criteria": { "narrative": a.criteria },
            },
        },
        "credentialStatus": {
            "id": format!("{list}#{}", a.status_index),
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": a.status_index.to_string(),
            "statusListCredential": list,
        },
    })
}

/// The certificate's credential, signed by the academy's current key at the time it was
/// issued. Ed25519 signatures are deterministic: the same certificate always gives the same
/// bytes, until the key is rotated.
pub async fn signed_credential(issuer: &Issuer, a: &Award<'_>) -> Result<Value> {
    proof::sign(
        &credential(issuer, a),
        issuer.keys.current(),
        &issuer.verification_method(),
        a.issued,
    )
    .await
}

/// The signed `BitstringStatusListCredential` with a bit set for each revoked certificate.
pub async fn signed_status_list(
    issuer: &Issuer,
    revoked: &[u64],
    size: usize,
    now: &str,
) -> Result<Value> {
    let url = status_list_url(issuer);
    let list = json!({
        "@context": [VC_V2_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer.did(),
        "validFrom": now,
        "credentialSubject": {
            "id": format!("{url}#list"),
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": crate::status::encode(revoked, size)?,
        },
    });
    proof::sign(
        &list,
        issuer.keys.current(),
        &issuer.verification_method(),
        now,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::KeyRing;

    fn award() -> Award<'static> {
        Award {
            id: "0190a3c4-5b6d-7e8f-9012-3456789abcde",
            name: "प्रियंका मुर्मू",
            member_code: "JH-0001234",
            achievement_url: "https://academy.example/modules/health-safety",
            achievement_name: "Health, Safety and Occupational Hazards — स्वास्थ्य और सुरक्षा",
            achievement_description:
                "Knows the hazards of dust, pits and explosives, and first aid.",
            criteria: "Completed every lesson and passed the final test.",
            issued: "2026-11-02T10:15:00Z",
            status_index: 42,
        }
    }

    #[tokio::test]
    async fn a_signed_credential_checks_and_a_changed_one_does_not() {
        let data = tempfile::tempdir().unwrap();
        let issuer = Issuer::new(
            "https://academy.example",
            KeyRing::open(data.path()).unwrap(),
        );
        let signed = signed_credential(&issuer, &award()).await.unwrap();
        let keys = |method: &str| {
            issuer
                .keys
                .all()
                .iter()
                .find(|k| format!("{}#{}", issuer.did(), k.fragment()) == method)
                .map(|k| k.public_multibase())
        };
        assert_eq!(
            proof::verify(&signed, keys).await.unwrap(),
            "did:web:academy.example#key-1"
        );
        assert_eq!(
            signed,
            signed_credential(&issuer, &award()).await.unwrap(),
            "the same certificate gives the same bytes"
        );
        let mut changed = signed.clone();
        changed["credentialSubject"]["identifier"][0]["identityHash"] = "प्रियंका मुरमू".into();
        assert!(
            proof::verify(&changed, keys).await.is_err(),
            "a changed name fails"
        );

        // After a rotation the old certificate still checks with the old key.
        KeyRing::rotate(data.path()).unwrap();
        let rotated = Issuer::new(
            "https://academy.example",
            KeyRing::open(data.path()).unwrap(),
        );
        let keys = |method: &str| {
            rotated
                .keys
                .all()
                .iter()
                .find(|k| format!("{}#{}", rotated.did(), k.fragment()) == method)
                .map(|k| k.public_multibase())
        };
        proof::verify(&signed, keys).await.unwrap();
        let list = signed_status_list(&rotated, &[42], 43, "2026-11-27T10:00:00Z")
            .await
            .unwrap();
        assert_eq!(
            proof::verify(&list, keys).await.unwrap(),
            "did:web:academy.example#key-2"
        );
    }

    #[tokio::test]
    async fn terms_json_ld_would_drop_are_refused_not_signed_unseen() {
        let mut doc = credential(
            &Issuer::new(
                "https://academy.example",
                KeyRing::open(tempfile::tempdir().unwrap().path()).unwrap(),
            ),
            &award(),
        );
        doc["credentialSubject"]["favouriteColour"] = "green".into();
        assert!(proof::canonicalize(&doc).await.is_err());
    }
}
