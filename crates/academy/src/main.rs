//! `academy`: the ASM Learning Academy in one binary. Each subcommand lives in its own module.

use clap::{Parser, Subcommand};

mod admin;
mod backup;
mod built_in;
mod config;
mod content;
mod demo;
mod members_csv;
mod paper_csv;
mod retention;
mod serve;
mod sync;

use config::DbArgs;

/// mimalloc instead of glibc's malloc, for SQLite's C code too (the `override` feature): a
/// page is built from many short-lived strings, and glibc's per-thread arenas kept what a
/// load run had freed, 76–100 MB (budget 60 MB). mimalloc returns freed memory to the
/// system after a second. Its `no_thp` feature keeps it from asking for 2 MB pages, which
/// alone put 18 MB more in memory at start; about 55 MB after scripts/bench's load runs.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "academy",
    version,
    about = "The ASM Learning Academy: learning for artisanal and small-scale mining communities"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the academy over HTTP (creating and migrating the database on first start).
    Serve(serve::ServeArgs),
    /// Create or upgrade the database, then exit.
    Migrate(DbArgs),
    /// Manage administrators.
    #[command(subcommand)]
    Admin(admin::AdminCommand),
    /// The academy's signing keys.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Import records from a CSV file.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Export records as CSV to standard output.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Check or publish the curriculum.
    #[command(subcommand)]
    Content(content::ContentCommand),
    /// Exchange changes with the central academy (on a field node): everything made or
    /// changed on either side since the last sync. The address and token are kept for the
    /// next time and for the sync button of the admin pages.
    Sync(sync::SyncArgs),
    /// Copy the embedded database to a file, while the academy serves (SQLite; on
    /// PostgreSQL use pg_dump).
    Backup {
        /// The file to write (it must not exist).
        #[arg(long)]
        out: std::path::PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Put a backup in place of the embedded database (the academy must be stopped; the
    /// database it replaces is kept beside it).
    Restore {
        /// A file made by `academy backup`.
        file: std::path::PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Erase now the members inactive longer than the retention period (the person
    /// anonymised, the counts kept); `academy serve` does it once a day.
    EraseInactive {
        /// Years without activity (default: `retention_years` of the settings, 3).
        #[arg(long)]
        years: Option<u32>,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Field nodes registered at this academy.
    #[command(subcommand)]
    Node(sync::NodeCommand),
    /// Load the demo academy into the database (once), then exit.
    Demo {
        /// About how many members to make (the benchmarks use 20,000).
        #[arg(long, default_value_t = demo::DEFAULT_MEMBERS)]
        members: usize,
        /// About how many learning records to write, in bulk (the report benchmark uses
        /// 20,000,000 for 1,000,000 members); without it, the demo's usual learning.
        #[arg(long)]
        statements: Option<usize>,
        /// About how many forum posts to add in bulk (the search benchmark uses 100,000).
        #[arg(long)]
        posts: Option<usize>,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Subcommand)]
enum ImportCommand {
    /// Attendance typed in from a paper roster: session_id,member_code,full_name,present
    Attendance {
        file: std::path::PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Test scores typed in from a paper answer sheet: session_id,member_code,full_name,test,score
    Results {
        file: std::path::PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Members: member_code,full_name,phone,gender,birth_year,state,district,village,stakeholder_type,preferred_language,organisation
    Members {
        file: std::path::PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Make a new signing key for new certificates; the old keys stay published, so that
    /// certificates they signed still check.
    Rotate(DbArgs),
    /// List the keys and their public halves.
    List(DbArgs),
}

#[derive(Subcommand)]
enum ExportCommand {
    /// Every member, in the same columns as the import.
    Members(DbArgs),
}

fn keys(command: KeysCommand) -> anyhow::Result<()> {
    let (KeysCommand::Rotate(db) | KeysCommand::List(db)) = &command;
    let data = db.settings(None)?.data;
    if let KeysCommand::Rotate(_) = command {
        let key = academy_credentials::KeyRing::rotate(&data)?;
        eprintln!(
            "New signing key {} made; restart the academy for it to sign.",
            key.number
        );
    }
    for key in academy_credentials::KeyRing::open(&data)?.all() {
        println!("{}\t{}", key.fragment(), key.public_multibase());
    }
    Ok(())
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("ACADEMY_LOG")
                .unwrap_or_else(|_| "info,sqlx=warn,tower_http=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(args) => serve::run(args).await,
        Command::Migrate(db) => {
            async {
                let store = db.open().await?;
                eprintln!("The {} database is ready.", store.backend());
                Ok(())
            }
            .await
        }
        Command::Admin(cmd) => admin::run(cmd).await,
        Command::Backup { out, db } => backup::backup(&db, &out).await,
        Command::EraseInactive { years, db } => {
            async {
                let settings = db.settings(None)?;
                let store = config::open(&settings).await?;
                let years = years.unwrap_or(settings.retention_years);
                let n = retention::sweep(store.as_ref(), years).await?;
                eprintln!("{n} members inactive for {years} years or more were erased.");
                Ok(())
            }
            .await
        }
        Command::Restore { file, db } => backup::restore(&db, &file).await,
        Command::Keys(cmd) => keys(cmd),
        Command::Content(cmd) => content::run(cmd).await,
        Command::Import(ImportCommand::Attendance { file, db }) => {
            paper_csv::import(paper_csv::Sheet::Attendance, &file, db).await
        }
        Command::Import(ImportCommand::Results { file, db }) => {
            paper_csv::import(paper_csv::Sheet::Results, &file, db).await
        }
        Command::Import(ImportCommand::Members { file, db }) => {
            members_csv::import(&file, db).await
        }
        Command::Export(ExportCommand::Members(db)) => members_csv::export(db).await,
        Command::Sync(args) => sync::run(args).await,
        Command::Node(cmd) => sync::node(cmd).await,
        Command::Demo {
            members,
            statements,
            posts,
            db,
        } => {
            async {
                let settings = db.settings(None)?;
                let store = config::open(&settings).await?;
                let files =
                    academy_web::files::Files::open(settings.files.as_deref(), &settings.data)?;
                let curriculum = built_in::publish(store.as_ref()).await?;
                demo::load(
                    store.as_ref(),
                    members,
                    statements,
                    posts,
                    &curriculum,
                    &files,
                )
                .await?;
                demo::print_sign_in(None);
                Ok(())
            }
            .await
        }
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
