//! `academy admin create`: the first administrator, made from the command line.

use std::io::{IsTerminal, Read};

use academy_domain::{Consent, MemberDraft, MemberInput, Phone, Role, Roles};
use anyhow::{bail, Context};

use crate::config::DbArgs;

#[derive(clap::Subcommand)]
pub enum AdminCommand {
    /// Create an administrator; the password is read from standard input (or asked for).
    Create {
        #[arg(long)]
        name: String,
        #[arg(long)]
        phone: String,
        /// The administrator's state (default Jharkhand).
        #[arg(long, default_value = "JH")]
        state: String,
        #[command(flatten)]
        db: DbArgs,
    },
}

pub async fn run(command: AdminCommand) -> anyhow::Result<()> {
    let AdminCommand::Create {
        name,
        phone,
        state,
        db,
    } = command;
    let input = MemberInput {
        full_name: name,
        phone,
        gender: "unstated".into(),
        state,
        stakeholder_type: "other".into(),
        preferred_language: "en".into(),
        ..Default::default()
    };
    let this_year = time::OffsetDateTime::now_utc().year();
    let mut draft = match MemberDraft::check(&input, this_year) {
        Ok(d) => d,
        Err(errors) => {
            let lines: Vec<String> = errors
                .iter()
                .map(|e| format!("--{}: {}", e.field.replace('_', "-"), e.problem))
                .collect();
            bail!("{}", lines.join("; "));
        }
    };
    if draft.phone.is_none() {
        bail!("--phone: is required");
    }
    draft.consent = Some(Consent {
        given_on: time::OffsetDateTime::now_utc().date(),
        collected_by: "self (command line)".into(),
    });
    let password = read_password()?;
    if password.chars().count() < academy_web::auth::PASSWORD_MIN {
        bail!(
            "the password needs at least {} characters",
            academy_web::auth::PASSWORD_MIN
        );
    }
    let store = db.open().await?;
    let phone = draft
        .phone
        .as_ref()
        .map(Phone::as_str)
        .unwrap_or_default()
        .to_string();
    if store.member_for_sign_in(&phone).await?.is_some() {
        bail!("--phone: a member with this phone number already exists");
    }
    let roles = Roles::learner().with(Role::Admin);
    let member = store.create_member(&draft, roles).await?;
    let hash =
        academy_web::auth::hash_password(&password).map_err(|e| anyhow::anyhow!("hashing: {e}"))?;
    store.set_password_hash(member.id, &hash).await?;
    println!(
        "Created administrator {} with member code {}.",
        member.draft.full_name, member.code
    );
    Ok(())
}

/// Standard input when it is a pipe or file (first line); otherwise asked twice, unseen.
fn read_password() -> anyhow::Result<String> {
    if !std::io::stdin().is_terminal() {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("reading the password from standard input")?;
        return Ok(text.lines().next().unwrap_or("").to_string());
    }
    let first = rpassword::prompt_password("Password: ")?;
    let second = rpassword::prompt_password("Same password again: ")?;
    if first != second {
        bail!("the two passwords differ");
    }
    Ok(first)
}
