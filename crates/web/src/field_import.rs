//! Paper back into records: attendance and test scores typed into a spreadsheet from the
//! printed roster and answer sheet. Same rules as the members import: every row is checked
//! first, every problem is reported with its row and column, and nothing is written unless
//! the whole file is good; then it is written in one transaction.

use std::collections::{BTreeMap, HashMap};

use academy_content::Curriculum;
use academy_domain::rows::RowError;
use academy_domain::{GroupSession, Language, MemberCode, Statement, TestKind, Verb};
use academy_store::{Store, StoreError};
use uuid::Uuid;

use crate::pages::learn::completion_rule;
use crate::pages::paper_tests::facilitated_attempt;

/// The columns of the attendance file; the CSV template has these.
pub const ATTENDANCE_COLUMNS: [&str; 4] = ["session_id", "member_code", "full_name", "present"];
/// The columns of the results file.
pub const RESULTS_COLUMNS: [&str; 5] = ["session_id", "member_code", "full_name", "test", "score"];

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{} problem(s)", .0.len())]
    Rows(Vec<RowError>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A data row: its number and its cells by column name.
pub type Row = (u64, HashMap<String, String>);
/// A session with its cohort's members by member code.
type SessionPeople = (GroupSession, HashMap<String, Uuid>);

/// Reads a CSV with a header; `required` columns must be there, others are ignored.
pub fn read(data: &[u8], required: &[&str]) -> Result<Vec<Row>, Vec<RowError>> {
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(data);
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_ascii_lowercase()).collect(),
        Err(e) => {
            return Err(vec![RowError::new(
                1,
                "",
                format!("cannot read the header: {e}"),
            )])
        }
    };
    let missing: Vec<RowError> = required
        .iter()
        .filter(|c| !header.iter().any(|h| h == *c))
        .map(|c| RowError::new(1, c, "this column is missing"))
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i as u64 + 2;
        match record {
            Ok(r) => rows.push((
                row,
                header
                    .iter()
                    .cloned()
                    .zip(r.iter().map(|c| c.trim().to_string()))
                    .collect(),
            )),
            Err(e) => errors.push(RowError::new(row, "", format!("cannot read this row: {e}"))),
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

/// Sessions and their cohorts' members, looked up once per session named in the file.
struct Sessions<'a> {
    store: &'a dyn Store,
    known: BTreeMap<Uuid, Option<SessionPeople>>,
}

impl<'a> Sessions<'a> {
    fn new(store: &'a dyn Store) -> Self {
        Sessions {
            store,
            known: BTreeMap::new(),
        }
    }

    /// The session and its cohort's members by code; None when there is no such session.
    async fn get(&mut self, id: Uuid) -> Result<Option<&SessionPeople>, StoreError> {
        if !self.known.contains_key(&id) {
            let found = match self.store.session(id).await {
                Ok(session) => {
                    let members = self.store.cohort_members(session.cohort).await?;
                    Some((
                        session,
                        members
                            .into_iter()
                            .map(|m| (m.code.to_string(), m.id))
                            .collect(),
                    ))
                }
                Err(StoreError::NotFound) => None,
                Err(e) => return Err(e),
            };
            self.known.insert(id, found);
        }
        Ok(self.known.get(&id).and_then(|f| f.as_ref()))
    }
}

fn cell<'r>(row: &'r HashMap<String, String>, column: &str) -> &'r str {
    row.get(column).map(String::as_str).unwrap_or("")
}

/// The session and member a row names, or the problems with them.
async fn session_and_member(
    sessions: &mut Sessions<'_>,
    row: u64,
    cells: &HashMap<String, String>,
    errors: &mut Vec<RowError>,
) -> Result<Option<(GroupSession, Uuid)>, StoreError> {
    let Ok(id) = Uuid::parse_str(cell(cells, "session_id")) else {
        errors.push(RowError::new(
            row,
            "session_id",
            format!("{:?} is not a session id", cell(cells, "session_id")),
        ));
        return Ok(None);
    };
    let Some((session, members)) = sessions.get(id).await? else {
        errors.push(RowError::new(row, "session_id", "no session has this id"));
        return Ok(None);
    };
    let code = match MemberCode::parse("member_code", cell(cells, "member_code")) {
        Ok(c) => c.to_string(),
        Err(_) => {
            errors.push(RowError::new(
                row,
                "member_code",
                format!(
                    "{:?} is not a member code like JH-0001234",
                    cell(cells, "member_code")
                ),
            ));
            return Ok(None);
        }
    };
    match members.get(&code) {
        Some(member) => Ok(Some((session.clone(), *member))),
        None => {
            errors.push(RowError::new(
                row,
                "member_code",
                format!("{code} is not a member of this session's cohort"),
            ));
            Ok(None)
        }
    }
}

/// `present`: yes / no, also 1 / 0, x / blank, as people type ticks.
pub fn present(value: &str) -> Option<bool> {
    match value.trim().to_lowercase().as_str() {
        "yes" | "y" | "1" | "x" | "✓" | "true" | "present" | "हाँ" | "हां" => {
            Some(true)
        }
        "no" | "n" | "0" | "" | "false" | "absent" | "नहीं" => Some(false),
        _ => None,
    }
}

/// Imports attendance; returns how many people were newly marked present.
pub async fn import_attendance(
    store: &dyn Store,
    curriculum: &Curriculum,
    data: &[u8],
    lang: Language,
) -> Result<usize, ImportError> {
    let rows = read(data, &["session_id", "member_code", "present"]).map_err(ImportError::Rows)?;
    let mut sessions = Sessions::new(store);
    let mut errors = Vec::new();
    let mut marked: Vec<(GroupSession, Uuid)> = Vec::new();
    let now = time::OffsetDateTime::now_utc();
    for (row, cells) in &rows {
        let Some((session, member)) =
            session_and_member(&mut sessions, *row, cells, &mut errors).await?
        else {
            continue;
        };
        match present(cell(cells, "present")) {
            None => errors.push(RowError::new(
                *row,
                "present",
                format!("{:?} is not yes or no", cell(cells, "present")),
            )),
            Some(false) => {}
            Some(true) if session.starts_at > now + time::Duration::hours(1) => errors.push(
                RowError::new(*row, "session_id", "this session has not taken place yet"),
            ),
            Some(true) => marked.push((session, member)),
        }
    }
    if !errors.is_empty() {
        return Err(ImportError::Rows(errors));
    }
    let mut statements = Vec::new();
    let mut rules = Vec::new();
    for (session, member) in &marked {
        if store.attendance(session.id).await?.contains(member) {
            continue;
        }
        statements.extend(crate::pages::sessions::attendance_statements(
            session, *member, lang,
        ));
        if let Some(module) = session.module.as_deref().and_then(|m| curriculum.module(m)) {
            rules.push(completion_rule(module));
        }
    }
    let attended = statements
        .iter()
        .filter(|s| s.verb == Verb::Attended)
        .count();
    store.record(&statements, &rules).await?;
    Ok(attended)
}

/// Imports test scores from paper; returns how many attempts were recorded.
pub async fn import_results(
    store: &dyn Store,
    curriculum: &Curriculum,
    data: &[u8],
    lang: Language,
) -> Result<usize, ImportError> {
    let rows =
        read(data, &["session_id", "member_code", "test", "score"]).map_err(ImportError::Rows)?;
    let mut sessions = Sessions::new(store);
    let mut errors = Vec::new();
    let mut attempts: Vec<Statement> = Vec::new();
    let mut rules = Vec::new();
    for (row, cells) in &rows {
        let Some((session, member)) =
            session_and_member(&mut sessions, *row, cells, &mut errors).await?
        else {
            continue;
        };
        let kind = match cell(cells, "test").to_lowercase().as_str() {
            "pre" => TestKind::Pre,
            "post" => TestKind::Post,
            other => {
                errors.push(RowError::new(
                    *row,
                    "test",
                    format!("{other:?} is not pre or post"),
                ));
                continue;
            }
        };
        let Some(module) = session.module.as_deref().and_then(|m| curriculum.module(m)) else {
            errors.push(RowError::new(
                *row,
                "session_id",
                "this session has no module, so no test",
            ));
            continue;
        };
        let max = if kind == TestKind::Pre {
            module.pre_test.questions.len()
        } else {
            module.post_test.questions.len()
        } as i64;
        let score = cell(cells, "score");
        if score.is_empty() {
            continue;
        }
        match score.parse::<i64>() {
            Ok(n) if (0..=max).contains(&n) => {
                attempts.push(facilitated_attempt(member, module, &kind, n, max, lang));
                rules.push(completion_rule(module));
            }
            _ => errors.push(RowError::new(
                *row,
                "score",
                format!("{score:?} is not a score from 0 to {max}"),
            )),
        }
    }
    if !errors.is_empty() {
        return Err(ImportError::Rows(errors));
    }
    store.record(&attempts, &rules).await?;
    Ok(attempts.len())
}
