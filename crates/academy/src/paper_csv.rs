//! `academy import attendance FILE.csv` and `academy import results FILE.csv`: paper rosters
//! and answer sheets, typed into a spreadsheet, back into the academy's records.

use std::path::Path;

use academy_domain::Language;
use academy_web::field_import::{self, ImportError};
use anyhow::{bail, Context};

use crate::config::DbArgs;

#[derive(Clone, Copy)]
pub enum Sheet {
    Attendance,
    Results,
}

pub async fn import(sheet: Sheet, file: &Path, db: DbArgs) -> anyhow::Result<()> {
    let data = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let store = db.open().await?;
    let curriculum = crate::built_in::publish(store.as_ref()).await?;
    let name = file.display().to_string();
    // Records typed in from paper carry the interface language of the office: English.
    let done = match sheet {
        Sheet::Attendance => {
            field_import::import_attendance(store.as_ref(), &curriculum, &data, Language::En).await
        }
        Sheet::Results => {
            field_import::import_results(store.as_ref(), &curriculum, &data, Language::En).await
        }
    };
    match done {
        Ok(n) => {
            let what = match sheet {
                Sheet::Attendance => "people newly marked present",
                Sheet::Results => "test results recorded",
            };
            println!("Imported {name}: {n} {what}.");
            Ok(())
        }
        Err(ImportError::Rows(errors)) => {
            for e in &errors {
                eprintln!("{name}: {e}");
            }
            bail!("{name}: {} problem(s); nothing was imported", errors.len())
        }
        Err(ImportError::Store(e)) => Err(e.into()),
    }
}
