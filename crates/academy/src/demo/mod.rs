//! The demo academy: about 2,400 members across the six states, with names in their own
//! scripts, Self Help Groups and chapters of the Association of Female Miners, and one
//! account for each role. Loaded once; a database that has it keeps it. The same seed gives
//! the same academy every time, so screenshots and benchmarks can be compared.

use std::collections::BTreeSet;
use std::net::SocketAddr;

mod exchange;
mod field;
mod learning;

use academy_domain::{
    Consent, Gender, Language, MemberDraft, OrgKind, OrgRole, OrganisationDraft, Role, Roles,
    StakeholderType, State,
};
use academy_store::{ImportRow, OrganisationFilter, Page, Store};
use anyhow::Context;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use serde::Deserialize;

const DATA: &str = include_str!("../../demo/people-and-places.toml");
const LOADED_KEY: &str = "demo_loaded";
/// The demo's size when none is asked for: about 2,400 members.
pub const DEFAULT_MEMBERS: usize = 2_400;
/// Every demo account has this password.
pub const PASSWORD: &str = "academy-demo";

#[derive(Deserialize)]
struct Data {
    states: Vec<StateData>,
    chapters: Vec<OrgData>,
    organisations: Vec<OrgData>,
}

#[derive(Deserialize)]
struct StateData {
    code: String,
    districts: Vec<District>,
    women: Vec<Name>,
    men: Vec<Name>,
    surnames: Vec<Name>,
    shgs: Vec<OrgData>,
}

#[derive(Deserialize)]
struct District {
    name: String,
    villages: Vec<String>,
}

#[derive(Deserialize, Clone)]
struct Name {
    latin: String,
    native: String,
}

#[derive(Deserialize)]
struct OrgData {
    latin: String,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    state: Option<String>,
    district: String,
    #[serde(default)]
    village: Option<String>,
}

/// The demo's named accounts: (role, phone, name, gender, state, district).
const ACCOUNTS: &[(Role, &str, &str, Gender, &str, &str)] = &[
    (
        Role::Admin,
        "9100000001",
        "Meera Hansda",
        Gender::Woman,
        "JH",
        "Dhanbad",
    ),
    (
        Role::Manager,
        "9100000002",
        "Rekha Soren",
        Gender::Woman,
        "JH",
        "Dhanbad",
    ),
    (
        Role::Author,
        "9100000003",
        "Arup Ghosh",
        Gender::Man,
        "WB",
        "Paschim Bardhaman",
    ),
    (
        Role::Facilitator,
        "9100000004",
        "सुनीता मुर्मू",
        Gender::Woman,
        "JH",
        "Pakur",
    ),
    (
        Role::Facilitator,
        "9100000005",
        "ପ୍ରମିଳା ମାଝୀ",
        Gender::Woman,
        "OD",
        "Kalahandi",
    ),
    (
        Role::Expert,
        "9100000007",
        "Dr. Anil Kumar Singh",
        Gender::Man,
        "JH",
        "Dhanbad",
    ),
    (
        Role::Moderator,
        "9100000008",
        "Sabita Mahato",
        Gender::Woman,
        "JH",
        "Ranchi",
    ),
    (
        Role::Learner,
        "9100000006",
        "फूलमनी टुडू",
        Gender::Woman,
        "JH",
        "Pakur",
    ),
];

/// A token the funder's dashboard reads the report indicators with, and a partner's LRS
/// credentials (the secrets are thrown away, as the laptops' are: an admin makes new ones on
/// /admin/api to try them).
async fn api_token(store: &dyn Store) -> anyhow::Result<()> {
    let admin = ACCOUNTS.iter().find(|a| a.0 == Role::Admin).map(|a| a.1);
    let manager = ACCOUNTS.iter().find(|a| a.0 == Role::Manager).map(|a| a.1);
    let (Some((admin, _)), Some((manager, _))) = (
        store.member_for_sign_in(admin.unwrap_or_default()).await?,
        store
            .member_for_sign_in(manager.unwrap_or_default())
            .await?,
    ) else {
        return Ok(());
    };
    store
        .create_api_token(
            manager.id,
            "Funder's dashboard",
            &academy_web::token_hash(&academy_web::new_token()),
            &["reports:read".to_string()],
            admin.id,
            time::OffsetDateTime::now_utc() - time::Duration::days(10),
        )
        .await?;
    // A partner's e-learning content reporting to the LRS (its secret thrown away too).
    store
        .create_xapi_credential(
            "Kolibri, Pakur learning centre",
            &format!("lrs-{}", &academy_web::new_token()[..16]),
            &academy_web::token_hash(&academy_web::new_token()),
            admin.id,
            time::OffsetDateTime::now_utc() - time::Duration::days(8),
        )
        .await?;
    Ok(())
}

/// Two facilitators' laptops registered as field nodes (their tokens are thrown away: a
/// manager registers a new node to try sync), one of them seen a few days ago.
async fn field_laptops(store: &dyn Store) -> anyhow::Result<()> {
    let manager = store
        .member_for_sign_in(ACCOUNTS[1].1)
        .await?
        .map(|(m, _)| m.id);
    let now = time::OffsetDateTime::now_utc();
    for (name, district, seen) in [
        ("Sunita's laptop, Dhanbad", "Dhanbad", Some(3)),
        ("Pramila's laptop, Keonjhar", "Keonjhar", None),
    ] {
        let node = store
            .register_node(
                name,
                &academy_store::Scope {
                    districts: vec![district.to_string()],
                    cohorts: Vec::new(),
                },
                &academy_web::token_hash(&academy_web::new_token()),
                manager,
                now - time::Duration::days(20),
            )
            .await?;
        if let Some(days) = seen {
            store
                .sync_node_seen(node.id, now - time::Duration::days(days))
                .await?;
        }
    }
    Ok(())
}

/// Loads the demo, about `members` people with their learning, unless the database already
/// has it. With `statements`, the learning is about that many records written in bulk: the
/// scale the reports are measured at (a million members, twenty million records).
/// With `posts`, that many more forum posts (the search benchmark's volume).
pub async fn load(
    store: &dyn Store,
    members: usize,
    statements: Option<usize>,
    posts: Option<usize>,
    curriculum: &academy_content::Curriculum,
    files: &academy_web::files::Files,
) -> anyhow::Result<()> {
    if store.setting(LOADED_KEY).await?.is_some() {
        return Ok(());
    }
    let started = std::time::Instant::now();
    let data: Data = toml::from_str(DATA).context("reading the demo's people and places")?;
    let mut rng = StdRng::seed_from_u64(20_000);

    let mut group_names = Vec::new();
    for (org, kind) in data
        .states
        .iter()
        .flat_map(|s| {
            s.shgs
                .iter()
                .map(move |o| (o, OrgKind::Shg.as_str(), s.code.as_str()))
        })
        .map(|(o, k, state)| (o, (k.to_string(), state.to_string())))
        .chain(data.chapters.iter().map(|o| {
            (
                o,
                (
                    OrgKind::AfmChapter.as_str().to_string(),
                    o.state.clone().unwrap_or_default(),
                ),
            )
        }))
        .chain(data.organisations.iter().map(|o| {
            (
                o,
                (
                    o.kind.clone().unwrap_or("other".into()),
                    o.state.clone().unwrap_or_default(),
                ),
            )
        }))
    {
        let draft = OrganisationDraft {
            name: org.latin.clone(),
            kind: OrgKind::parse("kind", &kind.0).unwrap_or(OrgKind::Other),
            state: State::parse("state", &kind.1).context("demo organisation state")?,
            district: Some(org.district.clone()),
            village: org.village.clone(),
        };
        // Groups in different villages often share a name; the village tells them apart.
        let created = match store.create_organisation(&draft).await {
            Err(academy_store::StoreError::Conflict(_)) => {
                let place = org.village.clone().unwrap_or(org.district.clone());
                let renamed = OrganisationDraft {
                    name: format!("{}, {place}", draft.name),
                    ..draft
                };
                store.create_organisation(&renamed).await?
            }
            other => other?,
        };
        group_names.push((
            created.draft.kind,
            created.draft.state,
            org.district.clone(),
            created.draft.name,
        ));
    }

    let mut phones = BTreeSet::new();
    let mut rows = Vec::new();
    for state_data in &data.states {
        let state = State::parse("state", &state_data.code)?;
        let facilitators: Vec<String> = (0..3)
            .map(|_| full_name(&mut rng, state_data, Gender::Woman, false))
            .collect();
        for _ in 0..members.div_ceil(data.states.len()) {
            let gender = pick_weighted(
                &mut rng,
                &[
                    (Gender::Woman, 68),
                    (Gender::Man, 30),
                    (Gender::Another, 1),
                    (Gender::Unstated, 1),
                ],
            );
            let native = rng.gen_bool(0.75);
            let district = state_data
                .districts
                .choose(&mut rng)
                .context("a state without districts")?;
            let stakeholder = pick_weighted(
                &mut rng,
                &[
                    (StakeholderType::Miner, 70),
                    (StakeholderType::CommunityLeader, 8),
                    (StakeholderType::ValueChainAgent, 8),
                    (StakeholderType::Ngo, 4),
                    (StakeholderType::PrivateCompany, 3),
                    (StakeholderType::Academic, 3),
                    (StakeholderType::PublicCompany, 2),
                    (StakeholderType::Government, 2),
                ],
            );
            let home_language = match state.code() {
                "OD" => Language::Or,
                "WB" => Language::Bn,
                _ => Language::Hi,
            };
            let language = if rng.gen_bool(0.85) {
                home_language
            } else {
                Language::En
            };
            let phone = rng.gen_bool(0.55).then(|| loop {
                let n = format!(
                    "{}{:09}",
                    rng.gen_range(6..=9),
                    rng.gen_range(0..1_000_000_000u64)
                );
                if phones.insert(n.clone()) {
                    break n;
                }
            });
            let consent = rng.gen_bool(0.96).then(|| Consent {
                given_on: time::Date::from_ordinal_date(2025, rng.gen_range(1..=365))
                    .expect("valid day"),
                collected_by: facilitators.choose(&mut rng).cloned().unwrap_or_default(),
            });
            let draft = MemberDraft {
                full_name: full_name(&mut rng, state_data, gender, !native),
                phone: phone
                    .map(|p| academy_domain::Phone::parse("phone", &p))
                    .transpose()?,
                gender,
                birth_year: rng.gen_bool(0.85).then(|| rng.gen_range(1962..=2007)),
                state,
                district: Some(district.name.clone()),
                village: district.villages.choose(&mut rng).cloned(),
                stakeholder,
                language,
                consent,
            };
            let mut organisations = Vec::new();
            let local = |kind: OrgKind| {
                group_names
                    .iter()
                    .filter(move |(k, s, d, _)| *k == kind && *s == state && *d == district.name)
                    .map(|(_, _, _, n)| n.clone())
            };
            if gender == Gender::Woman && rng.gen_bool(0.8) {
                let shgs: Vec<String> = local(OrgKind::Shg).collect();
                organisations.extend(shgs.choose(&mut rng).cloned());
            }
            if gender == Gender::Woman && rng.gen_bool(0.35) {
                organisations.extend(local(OrgKind::AfmChapter).next());
            }
            rows.push(ImportRow {
                code: None,
                draft,
                organisations,
            });
        }
    }
    // A large academy goes in a slice at a time: each slice all or nothing, memory bounded.
    for slice in rows.chunks(50_000) {
        store
            .import_members(slice)
            .await
            .context("writing the demo members")?;
    }

    // The first woman of each group leads it.
    let groups = store
        .list_organisations(
            &OrganisationFilter::default(),
            Page {
                offset: 0,
                limit: 500,
            },
        )
        .await?;
    for group in groups.items {
        let members = store
            .organisation_members(
                group.organisation.id,
                Page {
                    offset: 0,
                    limit: 1,
                },
            )
            .await?;
        if let Some((leader, _)) = members.items.first() {
            store
                .join_organisation(group.organisation.id, leader.id, OrgRole::Leader)
                .await?;
        }
    }

    let hash =
        academy_web::auth::hash_password(PASSWORD).map_err(|e| anyhow::anyhow!("hashing: {e}"))?;
    for (role, phone, name, gender, state, district) in ACCOUNTS {
        let state = State::parse("state", state)?;
        let draft = MemberDraft {
            full_name: name.to_string(),
            phone: Some(academy_domain::Phone::parse("phone", phone)?),
            gender: *gender,
            birth_year: Some(1988),
            state,
            district: Some(district.to_string()),
            village: None,
            stakeholder: match role {
                Role::Learner | Role::Facilitator => StakeholderType::Miner,
                Role::Author | Role::Expert => StakeholderType::Academic,
                _ => StakeholderType::Ngo,
            },
            language: match state.code() {
                "OD" => Language::Or,
                _ if *role == Role::Learner || *role == Role::Facilitator => Language::Hi,
                _ => Language::En,
            },
            consent: Some(Consent {
                given_on: time::macros::date!(2025 - 01 - 15),
                collected_by: "self".into(),
            }),
        };
        let member = store
            .create_member(&draft, Roles::learner().with(*role))
            .await?;
        store.set_password_hash(member.id, &hash).await?;
        if let Some((_, _, _, shg)) = group_names
            .iter()
            .find(|(k, s, d, _)| *k == OrgKind::Shg && *s == state && d == district)
        {
            if let Some(org) = store.organisation_by_name(shg).await? {
                let role_in_group = if *role == Role::Facilitator {
                    OrgRole::Leader
                } else {
                    OrgRole::Member
                };
                store
                    .join_organisation(org.id, member.id, role_in_group)
                    .await?;
            }
        }
    }
    let accounts: Vec<&str> = ACCOUNTS.iter().map(|a| a.1).collect();
    let everyone: Vec<_> = store
        .list_members(
            &academy_store::MemberFilter::default(),
            Page {
                offset: 0,
                limit: i64::MAX / 2,
            },
        )
        .await?
        .items
        .into_iter()
        .filter(|m| {
            !m.draft
                .phone
                .as_ref()
                .is_some_and(|p| accounts.contains(&&p.as_str()[2..]))
        })
        .collect();
    let statements = match statements {
        Some(n) => learning::record_in_bulk(store, curriculum, &everyone, n, &mut rng).await?,
        None => learning::record(store, curriculum, &everyone, &mut rng).await?,
    };
    let learner = ACCOUNTS
        .iter()
        .find(|a| a.0 == Role::Learner)
        .map(|a| a.1)
        .unwrap_or_default();
    let learner = store.member_for_sign_in(learner).await?.map(|(m, _)| m);
    if let Some(member) = &learner {
        learning::for_learner(store, curriculum, member, &mut rng).await?;
    }
    for (_, phone, ..) in ACCOUNTS.iter().filter(|a| a.0 == Role::Facilitator) {
        if let Some((facilitator, _)) = store.member_for_sign_in(phone).await? {
            field::record(store, curriculum, &facilitator, learner.as_ref(), &mut rng).await?;
        }
    }
    certificates_by_hand(store).await?;
    field_laptops(store).await?;
    api_token(store).await?;
    exchange::load(store, files, curriculum, StdRng::seed_from_u64(4_000)).await?;
    if let Some(n) = posts {
        exchange::bulk(store, n, &mut rng).await?;
    }
    tracing::info!(statements, "demo learning records made");
    store.set_setting(LOADED_KEY, "1").await?;
    tracing::info!(
        members = rows.len() + ACCOUNTS.len(),
        ms = started.elapsed().as_millis() as u64,
        "demo academy loaded"
    );
    Ok(())
}

/// The manager's part of the story: certificates issued by hand to a group that took its
/// final test on paper, and one certificate revoked, so the audit log and the revocation
/// list have something true to show.
async fn certificates_by_hand(store: &dyn Store) -> anyhow::Result<()> {
    let manager = ACCOUNTS.iter().find(|a| a.0 == Role::Manager).map(|a| a.1);
    let Some((manager, _)) = store
        .member_for_sign_in(manager.unwrap_or_default())
        .await?
    else {
        return Ok(());
    };
    let now = time::OffsetDateTime::now_utc();
    if let Some(group) = store.cohorts(None).await?.into_iter().next() {
        let members: Vec<_> = store
            .cohort_members(group.cohort.id)
            .await?
            .iter()
            .take(4)
            .map(|m| m.id)
            .collect();
        if let Some(module) = group.cohort.modules.first() {
            store
                .issue_certificates(
                    &members,
                    &format!("module:{module}"),
                    manager.id,
                    "Final test taken on paper at the group's meeting; answer sheets kept by the facilitator",
                    now - time::Duration::days(6),
                )
                .await?;
        }
        if let Some(first) = members.first() {
            if let Some(c) = store.certificates_of(*first).await?.into_iter().next() {
                store
                    .revoke_certificate(
                        c.id,
                        manager.id,
                        "Issued twice by mistake; the member keeps her other certificate",
                        now - time::Duration::days(2),
                    )
                    .await?;
            }
        }
    }
    Ok(())
}

fn full_name(rng: &mut StdRng, state: &StateData, gender: Gender, latin: bool) -> String {
    let given = match gender {
        Gender::Man => &state.men,
        _ => &state.women,
    };
    let first = given.choose(rng).cloned().unwrap_or(Name {
        latin: "Asha".into(),
        native: "आशा".into(),
    });
    let last = state.surnames.choose(rng).cloned().unwrap_or(Name {
        latin: "Devi".into(),
        native: "देवी".into(),
    });
    if latin {
        format!("{} {}", first.latin, last.latin)
    } else {
        format!("{} {}", first.native, last.native)
    }
}

fn pick_weighted<T: Copy>(rng: &mut StdRng, choices: &[(T, u32)]) -> T {
    let total: u32 = choices.iter().map(|(_, w)| w).sum();
    let mut n = rng.gen_range(0..total);
    for (value, weight) in choices {
        if n < *weight {
            return *value;
        }
        n -= weight;
    }
    choices[0].0
}

/// Tells a newcomer how to sign in to the demo.
pub fn print_sign_in(address: Option<SocketAddr>) {
    let at = address
        .map(|a| format!(" at http://{a}/sign-in"))
        .unwrap_or_default();
    eprintln!("Demo accounts{at} (password for each: {PASSWORD}):");
    for (role, phone, name, ..) in ACCOUNTS {
        eprintln!("  {:<12} {phone}  {name}", role.as_str());
    }
}
