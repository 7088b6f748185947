//! The pages, one module per family. Shared here: form errors in the reader's language and
//! paging of long lists.

use std::collections::HashMap;

use academy_domain::{Invalid, Problem};
use academy_store::Page;
use serde::Deserialize;

use crate::i18n::{Arg, Tr};

pub mod api_tokens;
pub mod audit;
pub mod cards;
pub mod certificates;
pub mod choices;
pub mod credentials;
pub mod field;
pub mod forum;
pub mod home;
pub mod learn;
pub mod library;
pub mod me;
pub mod members;
pub mod mentoring;
pub mod moderation;
pub mod my_data;
pub mod notices;
pub mod organisations;
pub mod paper_tests;
pub mod printouts;
pub mod privacy;
pub mod quiz;
pub mod report_tables;
pub mod reports;
pub mod search;
pub mod sessions;
pub mod sign_in;
pub mod sync;
pub mod upload;

/// Messages to show beside form fields, by field name.
#[derive(Debug, Default)]
pub struct FormErrors(HashMap<&'static str, String>);

impl FormErrors {
    pub fn from_invalid(tr: Tr, errors: &[Invalid]) -> Self {
        FormErrors(
            errors
                .iter()
                .map(|e| (e.field, problem_message(tr, &e.problem)))
                .collect(),
        )
    }

    pub fn add(&mut self, field: &'static str, message: String) {
        self.0.insert(field, message);
    }

    pub fn get(&self, field: &str) -> Option<&String> {
        self.0.get(field)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A rule's message in the reader's language.
pub fn problem_message(tr: Tr, problem: &Problem) -> String {
    match problem {
        Problem::Required => tr.t("problem-required"),
        Problem::TooLong(max) => tr.ta(
            "problem-too-long",
            &[("max", Arg::Text(tr.num(*max as i64)))],
        ),
        Problem::NotAllowed => tr.t("problem-not-allowed"),
        Problem::BadPhone => tr.t("problem-bad-phone"),
        Problem::BadMemberCode => tr.t("problem-bad-member-code"),
        Problem::BadYear(from, to) => tr.ta(
            "problem-bad-year",
            &[
                ("from", Arg::Text(from.to_string())),
                ("to", Arg::Text(to.to_string())),
            ],
        ),
        Problem::Taken => tr.t("problem-taken"),
        Problem::Semicolon => tr.t("problem-semicolon"),
    }
}

/// `?page=N` of a list, 1-based, 50 rows a page.
#[derive(Debug, Deserialize, Default, Clone)]
pub struct PageQuery {
    pub page: Option<String>,
}

pub const PAGE_SIZE: i64 = 50;

impl PageQuery {
    pub fn number(&self) -> i64 {
        self.page
            .as_deref()
            .and_then(|p| p.parse().ok())
            .filter(|p| *p >= 1)
            .unwrap_or(1)
            .min(1_000_000)
    }

    pub fn window(&self) -> Page {
        Page {
            offset: (self.number() - 1) * PAGE_SIZE,
            limit: PAGE_SIZE,
        }
    }
}

/// Links to the pages before and after, keeping the list's other query parameters.
pub struct Pager {
    pub page: i64,
    pub pages: i64,
    pub prev: Option<String>,
    pub next: Option<String>,
}

impl Pager {
    pub fn new(base_query: &str, page: i64, total: i64) -> Self {
        let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
        let link = |p: i64| {
            if base_query.is_empty() {
                format!("?page={p}")
            } else {
                format!("?{base_query}&page={p}")
            }
        };
        Pager {
            page,
            pages,
            prev: (page > 1).then(|| link(page - 1)),
            next: (page < pages).then(|| link(page + 1)),
        }
    }
}

/// The current year in India, for birth-year bounds.
pub fn this_year() -> i32 {
    (time::OffsetDateTime::now_utc() + time::Duration::minutes(330)).year()
}
