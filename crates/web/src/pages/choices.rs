//! The closed lists forms offer (genders, states, stakeholder types, …) with their labels in
//! the reader's language, built once per page from the domain's own lists.

use academy_domain::{Gender, Language, OrgKind, Role, StakeholderType, State};

use crate::context::Shell;

/// A value and its label.
pub type Choice = (String, String);

fn words<T: Copy>(s: &Shell, prefix: &str, all: &[T], word: fn(T) -> &'static str) -> Vec<Choice> {
    all.iter()
        .map(|v| {
            (
                word(*v).to_string(),
                s.tr.t(&format!("{prefix}-{}", word(*v).replace('_', "-"))),
            )
        })
        .collect()
}

pub fn genders(s: &Shell) -> Vec<Choice> {
    words(s, "gender", Gender::ALL, Gender::as_str)
}

pub fn stakeholders(s: &Shell) -> Vec<Choice> {
    words(
        s,
        "stakeholder",
        StakeholderType::ALL,
        StakeholderType::as_str,
    )
}

pub fn roles(s: &Shell) -> Vec<Choice> {
    words(s, "role", Role::ALL, Role::as_str)
}

pub fn org_kinds(s: &Shell) -> Vec<Choice> {
    words(s, "org-kind", OrgKind::ALL, OrgKind::as_str)
}

/// The interface languages, each named in its own script.
pub fn languages() -> Vec<Choice> {
    Language::ALL
        .iter()
        .map(|l| {
            let name = match l {
                Language::En => "English",
                Language::Hi => "हिन्दी",
                Language::Or => "ଓଡ଼ିଆ",
                Language::Bn => "বাংলা",
            };
            (l.as_str().to_string(), name.to_string())
        })
        .collect()
}

/// The academy's six states first, then every other state and union territory.
pub fn states(s: &Shell) -> (Vec<Choice>, Vec<Choice>) {
    let label = |st: State| (st.code().to_string(), state_name(s, st));
    let first = State::academy_states().map(label).collect();
    let mut rest: Vec<Choice> = State::all()
        .filter(|st| !st.is_academy_state())
        .map(label)
        .collect();
    rest.sort_by(|a, b| a.1.cmp(&b.1));
    (first, rest)
}

pub fn state_name(s: &Shell, state: State) -> String {
    s.tr.t(&format!("state-{}", state.code()))
}
