//! `academy serve`: open (create, migrate) the database, optionally load the demo, listen.

use std::net::SocketAddr;
use std::time::Instant;

use academy_web::AppState;
use anyhow::Context;

use crate::config::{self, DbArgs};
use crate::demo;

#[derive(clap::Args)]
pub struct ServeArgs {
    /// Address to listen on (default 127.0.0.1:8080).
    #[arg(long)]
    listen: Option<SocketAddr>,
    #[command(flatten)]
    db: DbArgs,
    /// Load the demo academy on first start (a database that has it keeps it).
    #[arg(long)]
    demo: bool,
    /// About how many members the demo has (a smaller demo starts faster).
    #[arg(long, default_value_t = demo::DEFAULT_MEMBERS)]
    demo_members: usize,
}

pub async fn run(args: ServeArgs) -> anyhow::Result<()> {
    let started = Instant::now();
    let settings = args.db.settings(args.listen)?;
    // Held while serving: a restore, or a second server, on this data folder is refused.
    let _lock = crate::backup::DataLock::take(&settings.data)?;
    let store = config::open(&settings).await?;
    let curriculum = crate::built_in::publish(store.as_ref()).await?;
    let files = academy_web::files::Files::open(settings.files.as_deref(), &settings.data)
        .context("opening the file store")?;
    tracing::info!(files = %files.place, "uploaded files are kept here");
    if args.demo {
        demo::load(
            store.as_ref(),
            args.demo_members,
            None,
            None,
            &curriculum,
            &files,
        )
        .await?;
    }
    let catalogue = std::sync::Arc::new(academy_web::curriculum::Catalogue::default());
    catalogue.refresh(store.as_ref()).await?;
    catalogue
        .clone()
        .keep_fresh(store.clone(), std::time::Duration::from_secs(30));
    let expired = store
        .sessions_delete_expired(time::OffsetDateTime::now_utc())
        .await?;
    if expired > 0 {
        tracing::info!(expired, "removed expired sessions");
    }
    let listener = tokio::net::TcpListener::bind(settings.listen)
        .await
        .with_context(|| format!("listening on {}", settings.listen))?;
    let local = listener.local_addr()?;
    let secure_cookies = settings.secure_cookies.unwrap_or(!local.ip().is_loopback());
    tracing::info!(
        address = %local,
        database = store.backend(),
        ready_in_ms = started.elapsed().as_millis() as u64,
        "the academy is listening"
    );
    eprintln!("The academy is open at http://{local}/");
    if args.demo {
        demo::print_sign_in(Some(local));
    }
    let keys = academy_credentials::KeyRing::open(&settings.data)
        .context("opening the academy's signing keys")?;
    let public_url = settings
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{local}"));
    let issuer = academy_credentials::Issuer::new(&public_url, keys);
    crate::retention::every_day(store.clone(), settings.retention_years);
    academy_web::serve(
        listener,
        AppState::new(store, catalogue, secure_cookies, issuer, files).with_privacy(
            academy_web::Privacy {
                contact: settings.privacy_contact.clone(),
                retention_years: settings.retention_years,
            },
        ),
    )
    .await?;
    Ok(())
}
