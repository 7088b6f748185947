//! The academy's types and rules: who the members are, where they live, which organisations
//! they belong to and what they may do. Nothing here does I/O; every value that crosses into
//! the program from a form, a CSV row or the database is checked by a constructor here.

pub mod field;
pub mod forum;
pub mod learning;
pub mod member;
pub mod organisation;
pub mod period;
pub mod place;
pub mod rows;
pub mod search;
pub mod text;
pub mod xapi;

pub use field::{Cohort, GroupSession};
pub use learning::{Activity, Certificate, Outcome, Statement, TestKind, Verb};
pub use member::{
    Consent, Gender, Language, Member, MemberCode, MemberDraft, MemberInput, Phone, Role, Roles,
    StakeholderType,
};
pub use organisation::{OrgKind, OrgRole, Organisation, OrganisationDraft, OrganisationInput};
pub use place::State;

/// A value that broke a rule, named by the field it came from, so that a form can show the
/// message beside the field and an importer can report row and column.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {problem}")]
pub struct Invalid {
    pub field: &'static str,
    pub problem: Problem,
}

/// What was wrong with a value. Each kind has its own sentence in every language of the
/// interface; `Display` gives the English one for logs and the command line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("is required")]
    Required,
    #[error("is too long (at most {0} characters)")]
    TooLong(usize),
    #[error("is not one of the allowed values")]
    NotAllowed,
    #[error("is not a 10-digit Indian mobile number starting with 6, 7, 8 or 9")]
    BadPhone,
    #[error("is not a member code like JH-0001234")]
    BadMemberCode,
    #[error("must be a year between {0} and {1}")]
    BadYear(i32, i32),
    #[error("is already used by another member")]
    Taken,
    #[error("must not contain ';'")]
    Semicolon,
}

impl Invalid {
    pub fn new(field: &'static str, problem: Problem) -> Self {
        Self { field, problem }
    }
}

/// Collects every problem of a form or row, so that all are reported at once.
#[derive(Default)]
pub(crate) struct Errors(Vec<Invalid>);

impl Errors {
    pub(crate) fn keep<T>(&mut self, result: Result<T, Invalid>) -> Option<T> {
        result.map_err(|e| self.0.push(e)).ok()
    }
}
