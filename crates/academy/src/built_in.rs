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
