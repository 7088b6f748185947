//! The curriculum built into the binary: the repository's `content/` folder, so that
//! `academy serve` needs nothing else.

use academy_content::Files;

#[derive(rust_embed::RustEmbed)]
#[folder = "../../content"]
#[exclude = "*.md.orig"]
struct BuiltInContent;

/// Every file of the built-in content folder, except its format description.
pub fn content_files() -> Files {
    BuiltInContent::iter()
        .filter(|path| path != "FORMAT.md")
        .filter_map(|path| {
            Some((
                path.to_string(),
                BuiltInContent::get(&path)?.data.into_owned(),
            ))
        })
        .collect()
}

/// Publishes the built-in curriculum if it is new to this database, and returns the
/// curriculum now in force (which an author's import may have made newer).
pub async fn publish(
    store: &dyn academy_store::Store,
) -> anyhow::Result<academy_content::Curriculum> {
    if let Some(version) =
        academy_web::curriculum::publish_built_in(store, &content_files()).await?
    {
        tracing::info!(version, "published the built-in curriculum");
    }
    let latest = store
        .latest_content()
        .await?
        .ok_or_else(|| anyhow::anyhow!("no curriculum is published"))?;
    Ok(serde_json::from_str(&latest.body)?)
}
