//! `academy sync`: a field node's exchange with the central academy.

use anyhow::Context;

use crate::config::DbArgs;

#[derive(clap::Args)]
pub struct SyncArgs {
    /// The central academy's address (https://…); kept after the first sync.
    #[arg(long, requires = "token")]
    remote: Option<String>,
    /// The token a manager of the central academy got when registering this node.
    #[arg(long, requires = "remote")]
    token: Option<String>,
    /// Changes per batch (at most 5,000): smaller batches lose less when a poor connection
    /// drops in the middle.
    #[arg(long, default_value_t = academy_web::sync_client::BATCH_ROWS)]
    batch_rows: usize,
    #[command(flatten)]
    db: DbArgs,
}

pub async fn run(args: SyncArgs) -> anyhow::Result<()> {
    let store = args.db.open().await?;
    if let (Some(remote), Some(token)) = (&args.remote, &args.token) {
        let remote = academy_web::sync_client::check_remote(remote)?;
        store.set_peer(&remote, token).await?;
    }
    let peer = store.peer().await?.context(
        "this academy does not sync with a central academy yet: give --remote and --token",
    )?;
    let curriculum = crate::built_in::publish(store.as_ref()).await?;
    let rules = academy_web::curriculum::completion_rules(&curriculum);
    eprintln!("Syncing with {} …", peer.remote);
    let started = std::time::Instant::now();
    let report = academy_web::sync_client::sync(store.as_ref(), &rules, args.batch_rows).await?;
    eprintln!(
        "Sent {} changes in {} batches ({} bytes), received {} in {} batches ({} bytes), {} new learning records, in {:.1} s.",
        report.pushed_rows,
        report.pushed_batches,
        report.bytes_sent,
        report.pulled_rows,
        report.pulled_batches,
        report.bytes_received,
        report.new_statements,
        started.elapsed().as_secs_f64()
    );
    if report.content_updated {
        eprintln!("A new curriculum came from the central academy.");
    }
    if report.duplicates > 0 {
        eprintln!(
            "{} records look like people registered twice: see /admin/sync.",
            report.duplicates
        );
    }
    Ok(())
}

#[derive(clap::Subcommand)]
pub enum NodeCommand {
    /// Register a field node at this (central) academy and print its token, once.
    Register {
        /// What to call it: whose laptop, where.
        #[arg(long)]
        name: String,
        /// Districts whose members it gets, comma between them.
        #[arg(long, default_value = "")]
        districts: String,
        /// Cohort ids whose members it gets, comma between them.
        #[arg(long, default_value = "")]
        cohorts: String,
        #[command(flatten)]
        db: DbArgs,
    },
    /// The field nodes registered here.
    List(DbArgs),
}

pub async fn node(command: NodeCommand) -> anyhow::Result<()> {
    match command {
        NodeCommand::Register {
            name,
            districts,
            cohorts,
            db,
        } => {
            let store = db.open().await?;
            let districts: Vec<String> = districts
                .split(',')
                .map(academy_domain::text::clean)
                .filter(|d| !d.is_empty())
                .collect();
            let cohorts = cohorts
                .split(',')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(|c| {
                    c.parse::<uuid::Uuid>()
                        .with_context(|| format!("--cohorts: {c:?} is not a cohort id"))
                })
                .collect::<anyhow::Result<Vec<_>>>()?;
            anyhow::ensure!(
                !districts.is_empty() || !cohorts.is_empty(),
                "give --districts or --cohorts: what the node may see"
            );
            let token = academy_web::new_token();
            let node = store
                .register_node(
                    academy_domain::text::clean(&name).as_str(),
                    &academy_store::Scope { districts, cohorts },
                    &academy_web::token_hash(&token),
                    None,
                    time::OffsetDateTime::now_utc(),
                )
                .await?;
            eprintln!(
                "Registered {} ({}). Its token, shown only this once:",
                node.name, node.id
            );
            println!("{token}");
            Ok(())
        }
        NodeCommand::List(db) => {
            let store = db.open().await?;
            for n in store.sync_nodes().await? {
                println!(
                    "{}\t{}\t{}\t{}",
                    n.id,
                    n.name,
                    n.scope.districts.join(","),
                    if n.revoked_at.is_some() {
                        "revoked"
                    } else {
                        "active"
                    }
                );
            }
            Ok(())
        }
    }
}
