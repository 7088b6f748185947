//! The curriculum as files (see `content/FORMAT.md`): modules, lessons, checks, pre- and
//! post-tests and tracks, in up to four languages. `load` reads a folder's files, checks them
//! and builds a `Curriculum`; the checks report `file:line: message` so that authors can fix
//! what they wrote. The curriculum is plain data (serde), stored as one JSON document per
//! published version.

use std::collections::BTreeMap;

use academy_domain::Language;
use serde::{Deserialize, Serialize};

mod load;
pub mod markdown;

pub use load::{load, Diagnostic, Level, Report};

/// Text in several languages. Lookups fall back to Hindi, then English.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Localized<T>(pub BTreeMap<Language, T>);

impl<T> Localized<T> {
    pub fn new() -> Self {
        Localized(BTreeMap::new())
    }

    /// The text in `lang`, or the fallback: Hindi, then English, then any.
    /// The language returned is the one the text is actually in.
    pub fn get(&self, lang: Language) -> Option<(&T, Language)> {
        [lang, Language::Hi, Language::En]
            .into_iter()
            .find_map(|l| self.0.get(&l).map(|t| (t, l)))
            .or_else(|| self.0.iter().next().map(|(l, t)| (t, *l)))
    }

    pub fn has(&self, lang: Language) -> bool {
        self.0.contains_key(&lang)
    }
}

impl Localized<String> {
    /// The text in `lang` or its fallback; empty when there is none at all.
    pub fn text(&self, lang: Language) -> &str {
        self.get(lang).map(|(t, _)| t.as_str()).unwrap_or("")
    }
}

/// A whole curriculum: the modules in order, and the tracks.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Curriculum {
    pub modules: Vec<Module>,
    pub tracks: Vec<Track>,
}

impl Curriculum {
    pub fn module(&self, id: &str) -> Option<&Module> {
        self.modules.iter().find(|m| m.id == id)
    }

    pub fn track(&self, id: &str) -> Option<&Track> {
        self.tracks.iter().find(|t| t.id == id)
    }

    /// What a certificate's achievement (`module:ID` or `track:ID`) is called in `lang`.
    pub fn achievement_title(
        &self,
        achievement: &str,
        lang: academy_domain::Language,
    ) -> Option<String> {
        if let Some(id) = achievement.strip_prefix("module:") {
            return self.module(id).map(|m| m.title.text(lang).to_string());
        }
        let track = self.track(achievement.strip_prefix("track:")?)?;
        Some(track.title.text(lang).to_string())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Module {
    /// Stable id, also the URL slug.
    pub id: String,
    pub number: u32,
    pub icon: String,
    pub tracks: Vec<String>,
    pub prerequisites: Vec<String>,
    /// Per cent of the post-test's points needed to pass.
    pub pass_mark: u32,
    /// Questions in this module's forum may be asked without a name (gender and GBV).
    #[serde(default)]
    pub anonymous_questions: bool,
    pub title: Localized<String>,
    pub summary: Localized<String>,
    pub objectives: Localized<Vec<String>>,
    /// Current lessons first, in order; retired lessons (removed from the files but kept so
    /// that learners' records still make sense) after them.
    pub lessons: Vec<Lesson>,
    pub pre_test: Assessment,
    pub post_test: Assessment,
}

impl Module {
    /// Lessons a learner is asked to do now.
    pub fn current_lessons(&self) -> impl Iterator<Item = &Lesson> {
        self.lessons.iter().filter(|l| !l.retired)
    }

    pub fn lesson(&self, slug: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.slug == slug)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lesson {
    pub slug: String,
    pub title: Localized<String>,
    pub minutes: u32,
    pub key_points: Localized<Vec<String>>,
    pub sources: Localized<Vec<String>>,
    /// The lesson body as HTML, rendered from Markdown when the content was loaded.
    pub body: Localized<String>,
    /// Recorded audio per language, as a media URL.
    pub audio: Localized<String>,
    /// The short check after the lesson (may have no questions).
    pub check: Assessment,
    /// Removed from the files in a later version: still readable, no longer asked for.
    #[serde(default)]
    pub retired: bool,
}

/// A set of questions: a pre-test, a post-test or a lesson's check.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub title: Localized<String>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    Single,
    Multiple,
    TrueFalse,
    Picture,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    /// Which of the module's objectives it tests (1-based).
    pub objective: u32,
    pub text: Localized<String>,
    pub explanation: Localized<String>,
    /// For true/false questions: "true" and "false", built by the loader.
    pub options: Vec<Choice>,
}

impl Question {
    /// The ids of the correct options, sorted.
    pub fn correct(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self
            .options
            .iter()
            .filter(|o| o.correct)
            .map(|o| o.id.as_str())
            .collect();
        ids.sort();
        ids
    }

    /// Whether the chosen option ids are exactly the correct ones.
    pub fn is_right(&self, chosen: &[String]) -> bool {
        let mut chosen: Vec<&str> = chosen.iter().map(String::as_str).collect();
        chosen.sort();
        chosen.dedup();
        chosen == self.correct()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub text: Localized<String>,
    /// A picture option's image, as a media URL.
    pub image: Option<Image>,
    pub correct: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Image {
    pub url: String,
    pub width: u32,
    pub height: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Track {
    pub id: String,
    pub title: Localized<String>,
    pub modules: Vec<String>,
}

/// A file the curriculum refers to (an image, a recording), stored by the hash of its bytes
/// and served at `/media/{name}` so that phones may cache it for ever.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Media {
    /// `{sha256 prefix}.{extension}`.
    pub name: String,
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
}

/// The files of a content folder, by path relative to it with `/` separators.
pub type Files = BTreeMap<String, Vec<u8>>;

/// Reads every file below `dir`.
pub fn read_dir(dir: &std::path::Path) -> std::io::Result<Files> {
    let mut files = Files::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let entry = entry?;
            let path = entry.path();
            if entry.file_type()?.is_dir() {
                stack.push(path);
            } else if let Ok(relative) = path.strip_prefix(dir) {
                let key = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                files.insert(key, std::fs::read(&path)?);
            }
        }
    }
    Ok(files)
}

/// Whether a file is part of the curriculum (other files, such as FORMAT.md, are not).
pub fn is_content(path: &str) -> bool {
    path.starts_with("modules/") || path == "tracks.toml"
}

/// A stable digest of the curriculum's files: the same content gives the same version name,
/// whether it comes from a folder or from the binary.
pub fn digest(files: &Files) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for (path, bytes) in files.iter().filter(|(p, _)| is_content(p)) {
        hasher.update((path.len() as u64).to_le_bytes());
        hasher.update(path.as_bytes());
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    }
    hex(&hasher.finalize()[..16])
}

/// The first 128 bits of a file's SHA-256, in hex: its name as media.
pub fn hash_bytes(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex(&Sha256::digest(bytes)[..16])
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
