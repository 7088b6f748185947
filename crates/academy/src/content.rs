//! `academy content check DIR` and `academy content import DIR`: the curriculum files
//! checked, and published as a new version.

use std::collections::BTreeMap;
use std::path::PathBuf;

use academy_content::{Level, Report};
use academy_domain::Language;
use anyhow::{bail, Context};

use crate::config::DbArgs;

#[derive(clap::Subcommand)]
pub enum ContentCommand {
    /// Check a content folder: errors as file:line, missing translations per language.
    Check {
        dir: PathBuf,
        /// List every missing translation, not only the first few of each language.
        #[arg(long)]
        all: bool,
    },
    /// Check a content folder and publish it as the new curriculum version.
    Import {
        dir: PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
}

pub async fn run(command: ContentCommand) -> anyhow::Result<()> {
    match command {
        ContentCommand::Check { dir, all } => {
            let (report, _) = read(&dir)?;
            print_report(&dir, &report, all);
            if report.has_errors() {
                bail!("{}: the content has errors", dir.display());
            }
            Ok(())
        }
        ContentCommand::Import { dir, db } => {
            let (report, files) = read(&dir)?;
            print_report(&dir, &report, false);
            if report.has_errors() {
                bail!(
                    "{}: the content has errors; nothing was published",
                    dir.display()
                );
            }
            let store = db.open().await?;
            let digest = academy_content::digest(&files);
            match academy_web::curriculum::publish(store.as_ref(), &digest, report).await? {
                Some(version) => println!("Published content version {version} ({digest})."),
                None => println!("This content ({digest}) is already published; nothing changed."),
            }
            Ok(())
        }
    }
}

fn read(dir: &std::path::Path) -> anyhow::Result<(Report, academy_content::Files)> {
    let files =
        academy_content::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    Ok((academy_content::load(&files), files))
}

/// Errors and warnings one per line, then the missing translations per language: counted,
/// with the first few named (all of them with `all`).
fn print_report(dir: &std::path::Path, report: &Report, all: bool) {
    let mut per_language: BTreeMap<Language, Vec<&academy_content::Diagnostic>> = BTreeMap::new();
    for d in &report.diagnostics {
        match (d.level, d.language) {
            (Level::Warning, Some(lang)) => per_language.entry(lang).or_default().push(d),
            _ => eprintln!("{}", located(dir, d)),
        }
    }
    let modules = report.curriculum.modules.len();
    let lessons: usize = report
        .curriculum
        .modules
        .iter()
        .map(|m| m.lessons.len())
        .sum();
    let errors = report.errors().count();
    let warnings = report.warnings().count();
    eprintln!("{modules} modules, {lessons} lessons; {errors} error(s), {warnings} warning(s)");
    const SHOWN: usize = 5;
    for (lang, missing) in per_language {
        eprintln!("missing {} translations: {}", lang.as_str(), missing.len());
        let shown = if all { missing.len() } else { SHOWN };
        for d in missing.iter().take(shown) {
            eprintln!("  {}", located(dir, d));
        }
        if missing.len() > shown {
            eprintln!("  … and {} more (--all lists them)", missing.len() - shown);
        }
    }
}

/// The diagnostic with its file's path as given on the command line.
fn located(dir: &std::path::Path, d: &academy_content::Diagnostic) -> String {
    let full = academy_content::Diagnostic {
        path: dir.join(&d.path).display().to_string(),
        ..d.clone()
    };
    full.to_string()
}
