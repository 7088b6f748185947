//! Members: the people the academy serves, and the rules for each field they are registered with.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::{text, Errors, Invalid, Problem, State};

/// Declares a closed set of values stored and exchanged as lower-case words.
macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// Parses the stored word; `field` names the input in the error.
            pub fn parse(field: &'static str, input: &str) -> Result<Self, $crate::Invalid> {
                let input = input.trim();
                if input.is_empty() {
                    return Err($crate::Invalid::new(field, $crate::Problem::Required));
                }
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str().eq_ignore_ascii_case(input))
                    .ok_or($crate::Invalid::new(field, $crate::Problem::NotAllowed))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use word_enum;

word_enum!(
    /// Gender as the member states it; `unstated` is a full answer, not a gap.
    Gender { Woman => "woman", Man => "man", Another => "another", Unstated => "unstated" }
);

word_enum!(
    /// Where a member stands in the mining sector.
    StakeholderType {
        Miner => "miner",
        CommunityLeader => "community_leader",
        ValueChainAgent => "value_chain_agent",
        PrivateCompany => "private_company",
        PublicCompany => "public_company",
        Academic => "academic",
        Ngo => "ngo",
        Government => "government",
        Other => "other",
    }
);

word_enum!(
    /// The languages of the interface and of the lessons.
    Language { En => "en", Hi => "hi", Or => "or", Bn => "bn" }
);

word_enum!(
    /// What a member may do in the academy; a member can hold several.
    Role {
        Learner => "learner",
        Facilitator => "facilitator",
        Author => "author",
        Manager => "manager",
        Admin => "admin",
        Expert => "expert",
        Moderator => "moderator",
    }
);

impl Language {
    /// The BCP 47 tag for `<html lang>` and number formatting.
    pub fn tag(self) -> &'static str {
        self.as_str()
    }

    /// Picks the best language from an `Accept-Language` header, by quality, falling back
    /// to English.
    pub fn from_accept_language(header: &str) -> Language {
        let mut best: Option<(f32, Language)> = None;
        for part in header.split(',') {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or("");
            // Older systems still send `ori` or `or-IN`; both mean Odia.
            let primary = if primary.eq_ignore_ascii_case("ori") {
                "or"
            } else {
                primary
            };
            if let Ok(lang) = Language::parse("lang", primary) {
                if best.is_none_or(|(q, _)| quality > q) {
                    best = Some((quality, lang));
                }
            }
        }
        best.map(|(_, l)| l).unwrap_or(Language::En)
    }
}

/// A set of roles, stored as a bit set so that "all facilitators" is one cheap test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Roles(u8);

impl Roles {
    pub fn bit(role: Role) -> u8 {
        1 << (Role::ALL.iter().position(|r| *r == role).unwrap_or(0) as u8)
    }

    pub fn learner() -> Self {
        Roles(Self::bit(Role::Learner))
    }

    pub fn from_bits(bits: i64) -> Self {
        Roles((bits & 0x7f) as u8)
    }

    pub fn bits(self) -> i64 {
        i64::from(self.0)
    }

    pub fn has(self, role: Role) -> bool {
        self.0 & Self::bit(role) != 0
    }

    pub fn with(self, role: Role) -> Self {
        Roles(self.0 | Self::bit(role))
    }

    pub fn iter(self) -> impl Iterator<Item = Role> {
        Role::ALL.iter().copied().filter(move |r| self.has(*r))
    }

    /// Managers and admins see and edit the member registry.
    pub fn can_manage_members(self) -> bool {
        self.has(Role::Manager) || self.has(Role::Admin)
    }
}

impl FromIterator<Role> for Roles {
    fn from_iter<T: IntoIterator<Item = Role>>(iter: T) -> Self {
        iter.into_iter().fold(Roles::default(), Roles::with)
    }
}

/// An Indian mobile number, stored as `91` followed by ten digits. Built only through
/// `parse`, so every `Phone` in the program is valid.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Phone(String);

impl Phone {
    /// Accepts `98765 43210`, `+91-98765-43210`, `09876543210` and the like.
    pub fn parse(field: &'static str, input: &str) -> Result<Self, Invalid> {
        let digits: String = input
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.' | '+'))
            .collect();
        if digits.is_empty() {
            return Err(Invalid::new(field, Problem::Required));
        }
        if !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(Invalid::new(field, Problem::BadPhone));
        }
        let national = match digits.len() {
            10 => digits.as_str(),
            11 if digits.starts_with('0') => &digits[1..],
            12 if digits.starts_with("91") => &digits[2..],
            _ => return Err(Invalid::new(field, Problem::BadPhone)),
        };
        if !matches!(national.as_bytes()[0], b'6'..=b'9') {
            return Err(Invalid::new(field, Problem::BadPhone));
        }
        Ok(Phone(format!("91{national}")))
    }

    /// Optional: empty input is `None`.
    pub fn parse_optional(field: &'static str, input: &str) -> Result<Option<Self>, Invalid> {
        if input.trim().is_empty() {
            Ok(None)
        } else {
            Self::parse(field, input).map(Some)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `+91 98765 43210`, as people write it.
    pub fn display(&self) -> String {
        let n = &self.0[2..];
        format!("+91 {} {}", &n[..5], &n[5..])
    }
}

impl TryFrom<String> for Phone {
    type Error = Invalid;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Phone::parse("phone", &value)
    }
}

impl From<Phone> for String {
    fn from(value: Phone) -> Self {
        value.0
    }
}

/// The short code printed on paper forms and member cards: state code, a dash, seven digits
/// (`JH-0001234`). Assigned by the store; a code can also arrive in an import.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct MemberCode(String);

impl MemberCode {
    pub fn new(state: State, number: i64) -> Self {
        MemberCode(format!("{}-{:07}", state.code(), number))
    }

    pub fn parse(field: &'static str, input: &str) -> Result<Self, Invalid> {
        let input = input.trim().to_ascii_uppercase();
        let Some((prefix, digits)) = input.split_once('-') else {
            return Err(Invalid::new(field, Problem::BadMemberCode));
        };
        let state_ok = State::parse(field, prefix).is_ok_and(|s| s.code() == prefix);
        if !state_ok || digits.len() != 7 || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(Invalid::new(field, Problem::BadMemberCode));
        }
        Ok(MemberCode(input))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The state part of the code.
    pub fn state_prefix(&self) -> &str {
        self.0.split('-').next().unwrap_or("")
    }

    /// The number part of the code.
    pub fn number(&self) -> i64 {
        self.0
            .split('-')
            .nth(1)
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    }
}

impl TryFrom<String> for MemberCode {
    type Error = Invalid;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        MemberCode::parse("member_code", &value)
    }
}

impl From<MemberCode> for String {
    fn from(value: MemberCode) -> Self {
        value.0
    }
}

impl std::fmt::Display for MemberCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Consent to the use of a member's data, under India's DPDP Act: when it was given and who
/// collected it (a facilitator's name, or "self" when the member signed up alone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub given_on: Date,
    pub collected_by: String,
}

/// A member as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: Uuid,
    pub code: MemberCode,
    pub draft: MemberDraft,
    pub roles: Roles,
    /// The facilitator who registered them in the field, if one did.
    pub registered_by: Option<Uuid>,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
}

/// Everything about a member that a person types in, already checked. Forms, the importer
/// and the demo all build one of these through `MemberDraft::check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberDraft {
    pub full_name: String,
    pub phone: Option<Phone>,
    pub gender: Gender,
    pub birth_year: Option<i32>,
    pub state: State,
    pub district: Option<String>,
    pub village: Option<String>,
    pub stakeholder: StakeholderType,
    pub language: Language,
    pub consent: Option<Consent>,
}

/// The raw text of a member's fields, as a form or a CSV row delivers them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct MemberInput {
    pub full_name: String,
    pub phone: String,
    pub gender: String,
    pub birth_year: String,
    pub state: String,
    pub district: String,
    pub village: String,
    pub stakeholder_type: String,
    pub preferred_language: String,
}

pub const NAME_MAX: usize = 120;
pub const PLACE_MAX: usize = 80;
/// Members are adults or near-adults; the earliest plausible birth year.
pub const BIRTH_YEAR_MIN: i32 = 1920;

impl MemberDraft {
    /// Checks every field and reports every problem, not only the first, so that a form can
    /// mark all of them at once. `this_year` bounds the birth year (members are at least 14).
    pub fn check(input: &MemberInput, this_year: i32) -> Result<MemberDraft, Vec<Invalid>> {
        let mut errors = Errors::default();
        let full_name = errors.keep(text::required("full_name", &input.full_name, NAME_MAX));
        let phone = errors.keep(Phone::parse_optional("phone", &input.phone));
        let gender = errors.keep(Gender::parse("gender", &input.gender));
        let birth_year = errors.keep(parse_birth_year(&input.birth_year, this_year));
        let state = errors.keep(State::parse("state", &input.state));
        let district = errors.keep(text::optional("district", &input.district, PLACE_MAX));
        let village = errors.keep(text::optional("village", &input.village, PLACE_MAX));
        let stakeholder = errors.keep(StakeholderType::parse(
            "stakeholder_type",
            &input.stakeholder_type,
        ));
        let language = errors.keep(Language::parse(
            "preferred_language",
            &input.preferred_language,
        ));
        match (
            full_name,
            phone,
            gender,
            birth_year,
            state,
            district,
            village,
            stakeholder,
            language,
        ) {
            (
                Some(full_name),
                Some(phone),
                Some(gender),
                Some(birth_year),
                Some(state),
                Some(district),
                Some(village),
                Some(stakeholder),
                Some(language),
            ) => Ok(MemberDraft {
                full_name,
                phone,
                gender,
                birth_year,
                state,
                district,
                village,
                stakeholder,
                language,
                consent: None,
            }),
            _ => Err(errors.0),
        }
    }

    /// The fields back as text, for a form to show again or an export row.
    pub fn to_input(&self) -> MemberInput {
        MemberInput {
            full_name: self.full_name.clone(),
            phone: self
                .phone
                .as_ref()
                .map(|p| p.as_str()[2..].to_string())
                .unwrap_or_default(),
            gender: self.gender.as_str().into(),
            birth_year: self.birth_year.map(|y| y.to_string()).unwrap_or_default(),
            state: self.state.code().into(),
            district: self.district.clone().unwrap_or_default(),
            village: self.village.clone().unwrap_or_default(),
            stakeholder_type: self.stakeholder.as_str().into(),
            preferred_language: self.language.as_str().into(),
        }
    }

    /// The text a search for name, phone or code looks in.
    pub fn search_text(&self, code: &MemberCode) -> String {
        let phone = self.phone.as_ref().map(|p| p.as_str()).unwrap_or("");
        format!(
            "{} {} {}",
            text::search_key(&self.full_name),
            phone,
            code.as_str().to_lowercase()
        )
    }
}

fn parse_birth_year(input: &str, this_year: i32) -> Result<Option<i32>, Invalid> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(None);
    }
    let latest = this_year - 14;
    match input.parse::<i32>() {
        Ok(y) if (BIRTH_YEAR_MIN..=latest).contains(&y) => Ok(Some(y)),
        _ => Err(Invalid::new(
            "birth_year",
            Problem::BadYear(BIRTH_YEAR_MIN, latest),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> MemberInput {
        MemberInput {
            full_name: " प्रियंका  मुर्मू ".into(),
            phone: "+91 98765-43210".into(),
            gender: "woman".into(),
            birth_year: "1990".into(),
            state: "JH".into(),
            district: "Koderma".into(),
            village: "".into(),
            stakeholder_type: "miner".into(),
            preferred_language: "hi".into(),
        }
    }

    #[test]
    fn a_good_member_is_accepted_and_cleaned() {
        let draft = MemberDraft::check(&input(), 2026).unwrap();
        assert_eq!(draft.full_name, "प्रियंका मुर्मू");
        assert_eq!(draft.phone.unwrap().as_str(), "919876543210");
        assert_eq!(draft.village, None);
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let mut bad = input();
        bad.full_name = "".into();
        bad.phone = "12345".into();
        bad.gender = "female".into();
        bad.birth_year = "2020".into();
        let errors = MemberDraft::check(&bad, 2026).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["full_name", "phone", "gender", "birth_year"]);
    }

    #[test]
    fn phones_take_the_forms_people_write() {
        for ok in [
            "9876543210",
            "09876543210",
            "919876543210",
            "+91 98765 43210",
        ] {
            assert_eq!(
                Phone::parse("phone", ok).unwrap().as_str(),
                "919876543210",
                "{ok}"
            );
        }
        for bad in ["5876543210", "98765", "98765432101", "98765abcde"] {
            assert!(Phone::parse("phone", bad).is_err(), "{bad}");
        }
        assert_eq!(
            Phone::parse("p", "9876543210").unwrap().display(),
            "+91 98765 43210"
        );
    }

    #[test]
    fn member_codes_have_a_state_and_seven_digits() {
        assert_eq!(
            MemberCode::new(State::parse("s", "JH").unwrap(), 1234).as_str(),
            "JH-0001234"
        );
        assert!(MemberCode::parse("c", "jh-0001234").is_ok());
        for bad in ["JH0001234", "XX-0001234", "JH-123", "JH-00012345"] {
            assert!(MemberCode::parse("c", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn roles_are_a_set() {
        let roles: Roles = [Role::Learner, Role::Manager].into_iter().collect();
        assert!(roles.has(Role::Manager) && !roles.has(Role::Admin));
        assert_eq!(Roles::from_bits(roles.bits()), roles);
        assert!(roles.can_manage_members());
    }

    #[test]
    fn accept_language_picks_the_best_known_language() {
        assert_eq!(
            Language::from_accept_language("hi-IN,hi;q=0.9,en;q=0.8"),
            Language::Hi
        );
        assert_eq!(
            Language::from_accept_language("fr, bn;q=0.5, en;q=0.4"),
            Language::Bn
        );
        assert_eq!(Language::from_accept_language("or-IN"), Language::Or);
        assert_eq!(Language::from_accept_language(""), Language::En);
    }
}
