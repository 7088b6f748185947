//! Organisations members belong to: Self Help Groups, chapters of the Association of Female
//! Miners, cooperatives, companies, universities, NGOs and government bodies.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::member::word_enum;
use crate::{text, Errors, Invalid, Problem, State};

word_enum!(
    /// What kind of body an organisation is.
    OrgKind {
        Shg => "shg",
        AfmChapter => "afm_chapter",
        Cooperative => "cooperative",
        Company => "company",
        University => "university",
        Ngo => "ngo",
        Government => "government",
        Other => "other",
    }
);

word_enum!(
    /// A member's place in an organisation.
    OrgRole { Member => "member", Leader => "leader" }
);

pub const ORG_NAME_MAX: usize = 160;

/// An organisation as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: Uuid,
    pub draft: OrganisationDraft,
    pub created_at: OffsetDateTime,
}

/// The checked fields of an organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationDraft {
    pub name: String,
    pub kind: OrgKind,
    pub state: State,
    pub district: Option<String>,
    pub village: Option<String>,
}

/// The raw text of an organisation's fields.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OrganisationInput {
    pub name: String,
    pub kind: String,
    pub state: String,
    pub district: String,
    pub village: String,
}

impl OrganisationDraft {
    pub fn check(input: &OrganisationInput) -> Result<Self, Vec<Invalid>> {
        let mut errors = Errors::default();
        let name = errors.keep(org_name("name", &input.name));
        let kind = errors.keep(OrgKind::parse("kind", &input.kind));
        let state = errors.keep(State::parse("state", &input.state));
        let district = errors.keep(text::optional(
            "district",
            &input.district,
            crate::member::PLACE_MAX,
        ));
        let village = errors.keep(text::optional(
            "village",
            &input.village,
            crate::member::PLACE_MAX,
        ));
        match (name, kind, state, district, village) {
            (Some(name), Some(kind), Some(state), Some(district), Some(village)) => Ok(Self {
                name,
                kind,
                state,
                district,
                village,
            }),
            _ => Err(errors.0),
        }
    }

    pub fn to_input(&self) -> OrganisationInput {
        OrganisationInput {
            name: self.name.clone(),
            kind: self.kind.as_str().into(),
            state: self.state.code().into(),
            district: self.district.clone().unwrap_or_default(),
            village: self.village.clone().unwrap_or_default(),
        }
    }
}

/// An organisation's name: required, and free of `;`, which separates several organisations
/// in one cell of the members CSV.
pub fn org_name(field: &'static str, input: &str) -> Result<String, Invalid> {
    let name = text::required(field, input, ORG_NAME_MAX)?;
    if name.contains(';') {
        return Err(Invalid::new(field, Problem::Semicolon));
    }
    Ok(name)
}
