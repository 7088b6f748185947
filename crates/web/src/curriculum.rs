//! The published curriculum, held in memory for the pages: loaded from the database at start,
//! refreshed when another server (or `academy content import`) publishes a newer version.

use std::sync::{Arc, RwLock};
use std::time::Duration;

use academy_content::{Curriculum, Files, Report};
use academy_store::exchange::LessonDoc;
use academy_store::{Store, StoreError};

/// The current curriculum and its version number.
#[derive(Debug, Default)]
pub struct Published {
    pub version: i64,
    pub curriculum: Curriculum,
}

/// Shared by every request; swapping in a new version never blocks readers for long.
#[derive(Debug, Default)]
pub struct Catalogue {
    current: RwLock<Arc<Published>>,
}

#[derive(Debug, thiserror::Error)]
pub enum CurriculumError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the published curriculum cannot be read: {0}")]
    Json(#[from] serde_json::Error),
    #[error("the content has errors:\n{0}")]
    Invalid(String),
}

impl Catalogue {
    pub fn current(&self) -> Arc<Published> {
        self.current.read().map(|c| c.clone()).unwrap_or_default()
    }

    /// Loads the newest version if it is newer than the one held.
    pub async fn refresh(&self, store: &dyn Store) -> Result<(), CurriculumError> {
        let held = self.current().version;
        match store.latest_content_version().await? {
            Some(newest) if newest > held => {}
            _ => return Ok(()),
        }
        if let Some(content) = store.latest_content().await? {
            let curriculum: Curriculum = serde_json::from_str(&content.body)?;
            prepare_exchange(store, content.version, &curriculum).await?;
            if let Ok(mut current) = self.current.write() {
                *current = Arc::new(Published {
                    version: content.version,
                    curriculum,
                });
            }
            tracing::info!(version = content.version, "curriculum loaded");
        }
        Ok(())
    }

    /// Keeps refreshing in the background, for servers that share one database.
    pub fn keep_fresh(self: Arc<Self>, store: Arc<dyn Store>, every: Duration) {
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            loop {
                tick.tick().await;
                if let Err(e) = self.refresh(store.as_ref()).await {
                    tracing::warn!(error = %e, "could not refresh the curriculum");
                }
            }
        });
    }
}

/// Gives each module its forum and puts the version's lessons into the search index, in every
/// language they are written in (once per version, whichever server gets there first).
async fn prepare_exchange(
    store: &dyn Store,
    version: i64,
    curriculum: &Curriculum,
) -> Result<(), CurriculumError> {
    store
        .ensure_module_forums(&module_forums(curriculum))
        .await?;
    let mut docs = Vec::new();
    for module in &curriculum.modules {
        for lesson in module.current_lessons() {
            for (lang, body) in &lesson.body.0 {
                let mut text = academy_domain::search::text_of_html(body);
                if let Some(points) = lesson.key_points.0.get(lang) {
                    text.push(' ');
                    text.push_str(&points.join(" "));
                }
                docs.push(LessonDoc {
                    module: module.id.clone(),
                    lesson: lesson.slug.clone(),
                    language: *lang,
                    title: lesson.title.text(*lang).to_string(),
                    text,
                });
            }
        }
    }
    if store.index_lessons(version, &docs).await? {
        tracing::info!(version, lessons = docs.len(), "lessons indexed for search");
    }
    Ok(())
}

/// Each module's forum: its id, and whether it takes anonymous questions.
pub fn module_forums(curriculum: &Curriculum) -> Vec<(String, bool)> {
    curriculum
        .modules
        .iter()
        .map(|m| (m.id.clone(), m.anonymous_questions))
        .collect()
}

/// Publishes checked content as a new version, unless the same files were published before.
/// Lessons that the previous version had and this one lacks are kept, marked retired, so
/// that learners' records of them still make sense.
pub async fn publish(
    store: &dyn Store,
    digest: &str,
    report: Report,
) -> Result<Option<i64>, CurriculumError> {
    if report.has_errors() {
        let lines: Vec<String> = report.errors().map(|d| d.to_string()).collect();
        return Err(CurriculumError::Invalid(lines.join("\n")));
    }
    if store.has_content_digest(digest).await? {
        return Ok(None);
    }
    let mut curriculum = report.curriculum;
    if let Some(previous) = store.latest_content().await? {
        let previous: Curriculum = serde_json::from_str(&previous.body)?;
        retire_missing(&mut curriculum, &previous);
    }
    let body = serde_json::to_string(&curriculum)?;
    let media: Vec<(String, String, Vec<u8>)> = report
        .media
        .into_iter()
        .map(|m| (m.name, m.content_type.to_string(), m.bytes))
        .collect();
    Ok(Some(store.publish_content(digest, &body, &media).await?))
}

/// Publishes the curriculum built into the binary if this exact content was never published:
/// a new academy gets it on first start, and an upgraded binary brings its new content.
pub async fn publish_built_in(
    store: &dyn Store,
    files: &Files,
) -> Result<Option<i64>, CurriculumError> {
    let digest = academy_content::digest(files);
    if store.has_content_digest(&digest).await? {
        return Ok(None);
    }
    publish(store, &digest, academy_content::load(files)).await
}

fn retire_missing(new: &mut Curriculum, previous: &Curriculum) {
    for module in &mut new.modules {
        let Some(old) = previous.module(&module.id) else {
            continue;
        };
        for lesson in &old.lessons {
            if module.lesson(&lesson.slug).is_none() {
                let mut kept = lesson.clone();
                kept.retired = true;
                module.lessons.push(kept);
            }
        }
    }
}

/// When each module of a curriculum counts as complete.
pub fn completion_rules(curriculum: &Curriculum) -> Vec<academy_store::CompletionRule> {
    curriculum
        .modules
        .iter()
        .map(crate::pages::learn::completion_rule)
        .collect()
}
