//! The members CSV: `academy import members FILE.csv` and `academy export members`.
//! An import checks every row first and writes nothing unless all rows are good; then it
//! writes the whole file in one transaction.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::{bail, Context};
use futures_util::StreamExt;
use indicatif::{ProgressBar, ProgressStyle};

use crate::config::DbArgs;
use academy_store::ImportRow;
pub use academy_web::members_import::{parse_members, RowError, COLUMNS};

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
    let numbered = match parse_members(&data, this_year, &|| bar.inc(1)) {
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
