//! The members CSV: `academy import members FILE.csv` and `academy export members`.
//! An import checks every row first and writes nothing unless all rows are good; then it
//! writes the whole file in one transaction.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::Path;

use academy_domain::organisation::org_name;
use academy_domain::{MemberCode, MemberDraft, MemberInput};
use academy_store::ImportRow;
use anyhow::{bail, Context};
use futures_util::StreamExt;
use indicatif::{ProgressBar, ProgressStyle};

use crate::config::DbArgs;

/// The columns, in order, of both the import and the export.
pub const COLUMNS: [&str; 11] = [
    "member_code",
    "full_name",
    "phone",
    "gender",
    "birth_year",
    "state",
    "district",
    "village",
    "stakeholder_type",
    "preferred_language",
    "organisation",
];

pub use academy_domain::rows::RowError;

/// Reads and checks every row. Row numbers count the header as row 1.
/// Each good row comes back with its row number, for messages about it later.
pub fn parse_members(
    data: &[u8],
    this_year: i32,
    progress: &ProgressBar,
) -> Result<Vec<(u64, ImportRow)>, Vec<RowError>> {
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(data);
    let err = |row: u64, column: &str, message: String| RowError {
        row,
        column: column.into(),
        message,
    };
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_ascii_lowercase()).collect(),
        Err(e) => return Err(vec![err(1, "", format!("cannot read the header: {e}"))]),
    };
    let mut position = HashMap::new();
    let mut errors = Vec::new();
    for (i, name) in header.iter().enumerate() {
        if !COLUMNS.contains(&name.as_str()) {
            errors.push(err(
                1,
                name,
                format!("unknown column; the columns are {}", COLUMNS.join(",")),
            ));
        } else if position.insert(name.clone(), i).is_some() {
            errors.push(err(1, name, "this column appears twice".into()));
        }
    }
    for column in COLUMNS {
        if column != "member_code" && column != "organisation" && !position.contains_key(column) {
            errors.push(err(1, column, "this column is missing".into()));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut rows = Vec::new();
    let mut seen_codes: HashMap<String, u64> = HashMap::new();
    let mut seen_phones: HashMap<String, u64> = HashMap::new();
    for (index, record) in reader.records().enumerate() {
        let row = index as u64 + 2;
        progress.inc(1);
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(err(row, "", format!("cannot read this row: {e}")));
                continue;
            }
        };
        if record.len() != header.len() {
            errors.push(err(
                row,
                "",
                format!(
                    "has {} cells, the header has {}",
                    record.len(),
                    header.len()
                ),
            ));
            continue;
        }
        let cell = |name: &str| {
            position
                .get(name)
                .and_then(|i| record.get(*i))
                .unwrap_or("")
                .to_string()
        };
        let input = MemberInput {
            full_name: cell("full_name"),
            phone: cell("phone"),
            gender: cell("gender"),
            birth_year: cell("birth_year"),
            state: cell("state"),
            district: cell("district"),
            village: cell("village"),
            stakeholder_type: cell("stakeholder_type"),
            preferred_language: cell("preferred_language"),
        };
        let before = errors.len();
        let code = match cell("member_code").trim() {
            "" => None,
            text => match MemberCode::parse("member_code", text) {
                Ok(code) => Some(code),
                Err(e) => {
                    errors.push(err(row, "member_code", format!("{text:?} {}", e.problem)));
                    None
                }
            },
        };
        let draft = match MemberDraft::check(&input, this_year) {
            Ok(d) => Some(d),
            Err(invalid) => {
                for e in invalid {
                    let value = cell(e.field);
                    errors.push(err(row, e.field, format!("{value:?} {}", e.problem)));
                }
                None
            }
        };
        let mut organisations = Vec::new();
        for name in cell("organisation")
            .split(';')
            .filter(|n| !n.trim().is_empty())
        {
            match org_name("organisation", name) {
                Ok(n) if !organisations.contains(&n) => organisations.push(n),
                Ok(_) => {}
                Err(e) => errors.push(err(row, "organisation", format!("{name:?} {}", e.problem))),
            }
        }
        if let Some(code) = &code {
            if let Some(first) = seen_codes.insert(code.to_string(), row) {
                errors.push(err(
                    row,
                    "member_code",
                    format!("{code} is also in row {first}"),
                ));
            }
        }
        if let Some(phone) = draft.as_ref().and_then(|d| d.phone.as_ref()) {
            if let Some(first) = seen_phones.insert(phone.as_str().to_string(), row) {
                errors.push(err(
                    row,
                    "phone",
                    format!("{} is also in row {first}", phone.display()),
                ));
            }
        }
        if let (Some(draft), true) = (draft, errors.len() == before) {
            rows.push((
                row,
                ImportRow {
                    code,
                    draft,
                    organisations,
                },
            ));
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

fn progress_bar(len: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template("{msg:12} [{bar:40}] {pos}/{len} rows")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar
}

pub async fn import(file: &Path, db: DbArgs) -> anyhow::Result<()> {
    let data = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let lines = data.iter().filter(|b| **b == b'\n').count() as u64;
    let bar = progress_bar(lines.saturating_sub(1).max(1));
    bar.set_message("checking");
    let this_year = time::OffsetDateTime::now_utc().year();
    let name = file.display().to_string();
    let numbered = match parse_members(&data, this_year, &bar) {
        Ok(rows) => rows,
        Err(errors) => {
            bar.finish_and_clear();
            report(&name, &errors);
            bail!("{name}: {} problem(s); nothing was imported", errors.len());
        }
    };
    let (numbers, rows): (Vec<u64>, Vec<ImportRow>) = numbered.into_iter().unzip();
    let store = db.open().await?;

    // A phone already used by a member other than the row's own is refused before writing.
    let phones: Vec<String> = rows
        .iter()
        .filter_map(|r| r.draft.phone.as_ref().map(|p| p.as_str().to_string()))
        .collect();
    let owners: HashMap<String, String> =
        store.codes_by_phone(&phones).await?.into_iter().collect();
    let mut errors = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let Some(phone) = &row.draft.phone else {
            continue;
        };
        if let Some(owner) = owners.get(phone.as_str()) {
            if row.code.as_ref().map(|c| c.as_str()) != Some(owner.as_str()) {
                errors.push(RowError::new(
                    numbers[i],
                    "phone",
                    format!("{} already belongs to member {owner}", phone.display()),
                ));
            }
        }
    }
    if !errors.is_empty() {
        bar.finish_and_clear();
        report(&name, &errors);
        bail!("{name}: {} problem(s); nothing was imported", errors.len());
    }
    bar.set_message("writing");
    let summary = store
        .import_members(&rows)
        .await
        .context("writing the members")?;
    bar.finish_and_clear();
    println!(
        "Imported {name}: {} new member(s), {} updated, {} new organisation(s).",
        summary.created, summary.updated, summary.organisations_created
    );
    Ok(())
}

fn report(name: &str, errors: &[RowError]) {
    let mut err = std::io::stderr().lock();
    for e in errors {
        let _ = writeln!(err, "{name}: {e}");
    }
}

/// Streams every member to standard output: memory stays flat however many there are.
pub async fn export(db: DbArgs) -> anyhow::Result<()> {
    let store = db.open().await?;
    let stdout = std::io::stdout().lock();
    let mut out = csv::Writer::from_writer(std::io::BufWriter::with_capacity(64 * 1024, stdout));
    out.write_record(COLUMNS)?;
    let mut rows = store.export_members();
    while let Some(row) = rows.next().await {
        let row = row?;
        let input = row.member.draft.to_input();
        out.write_record([
            row.member.code.as_str(),
            &input.full_name,
            &input.phone,
            &input.gender,
            &input.birth_year,
            &input.state,
            &input.district,
            &input.village,
            &input.stakeholder_type,
            &input.preferred_language,
            &row.organisations,
        ])?;
    }
    out.flush()?;
    Ok(())
}
