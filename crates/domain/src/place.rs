//! Places: India's states and union territories. The six states where the academy works come
//! first in every list; any state or union territory may be chosen.

use serde::{Deserialize, Serialize};

use crate::{Invalid, Problem};

/// A state or union territory, by its two-letter code (the prefix of member codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct State(&'static str);

/// (code, English name). The academy's six states first, then the rest alphabetically.
const STATES: &[(&str, &str)] = &[
    ("OD", "Odisha"),
    ("JH", "Jharkhand"),
    ("BR", "Bihar"),
    ("CG", "Chhattisgarh"),
    ("WB", "West Bengal"),
    ("UP", "Uttar Pradesh"),
    ("AN", "Andaman and Nicobar Islands"),
    ("AP", "Andhra Pradesh"),
    ("AR", "Arunachal Pradesh"),
    ("AS", "Assam"),
    ("CH", "Chandigarh"),
    ("DH", "Dadra and Nagar Haveli and Daman and Diu"),
    ("DL", "Delhi"),
    ("GA", "Goa"),
    ("GJ", "Gujarat"),
    ("HR", "Haryana"),
    ("HP", "Himachal Pradesh"),
    ("JK", "Jammu and Kashmir"),
    ("KA", "Karnataka"),
    ("KL", "Kerala"),
    ("LA", "Ladakh"),
    ("LD", "Lakshadweep"),
    ("MP", "Madhya Pradesh"),
    ("MH", "Maharashtra"),
    ("MN", "Manipur"),
    ("ML", "Meghalaya"),
    ("MZ", "Mizoram"),
    ("NL", "Nagaland"),
    ("PY", "Puducherry"),
    ("PB", "Punjab"),
    ("RJ", "Rajasthan"),
    ("SK", "Sikkim"),
    ("TN", "Tamil Nadu"),
    ("TS", "Telangana"),
    ("TR", "Tripura"),
    ("UK", "Uttarakhand"),
];

/// How many of `State::all()` are the academy's own states.
pub const ACADEMY_STATES: usize = 6;

impl State {
    /// Every state and union territory, the academy's six first.
    pub fn all() -> impl Iterator<Item = State> {
        STATES.iter().map(|(code, _)| State(code))
    }

    /// The academy's six states.
    pub fn academy_states() -> impl Iterator<Item = State> {
        Self::all().take(ACADEMY_STATES)
    }

    /// Accepts a code (`JH`, `jh`) or an English name (`Jharkhand`).
    pub fn parse(field: &'static str, input: &str) -> Result<Self, Invalid> {
        let input = input.trim();
        if input.is_empty() {
            return Err(Invalid::new(field, Problem::Required));
        }
        STATES
            .iter()
            .find(|(code, name)| {
                code.eq_ignore_ascii_case(input) || name.eq_ignore_ascii_case(input)
            })
            .map(|(code, _)| State(code))
            .ok_or(Invalid::new(field, Problem::NotAllowed))
    }

    pub fn code(self) -> &'static str {
        self.0
    }

    pub fn english_name(self) -> &'static str {
        STATES
            .iter()
            .find(|(code, _)| *code == self.0)
            .map(|(_, name)| *name)
            .unwrap_or(self.0)
    }

    pub fn is_academy_state(self) -> bool {
        Self::academy_states().any(|s| s == self)
    }
}

impl TryFrom<String> for State {
    type Error = Invalid;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        State::parse("state", &value)
    }
}

impl From<State> for String {
    fn from(value: State) -> Self {
        value.0.to_string()
    }
}

impl std::fmt::Display for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_academy_states_come_first() {
        let codes: Vec<_> = State::academy_states().map(State::code).collect();
        assert_eq!(codes, ["OD", "JH", "BR", "CG", "WB", "UP"]);
        assert_eq!(
            State::all().count(),
            36,
            "28 states and 8 union territories"
        );
    }

    #[test]
    fn states_parse_by_code_or_name() {
        assert_eq!(State::parse("state", "jh").unwrap().code(), "JH");
        assert_eq!(State::parse("state", "West Bengal").unwrap().code(), "WB");
        assert!(State::parse("state", "Atlantis").is_err());
    }
}
