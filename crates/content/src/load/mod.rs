//! Reading and checking a content folder. Every problem is reported with the file and line
//! it comes from; errors stop a publication, warnings (a missing translation) do not.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use academy_domain::Language;
use serde::Deserialize;
use toml::Spanned;

use crate::markdown;

mod questions;
use crate::{
    Assessment, Curriculum, Files, Image, Lesson, Localized, Media, Module, Question, Track,
};
use questions::QuestionIds;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Error,
    Warning,
}

/// One finding: `path:line: error: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: String,
    pub line: usize,
    pub level: Level,
    pub message: String,
    /// For a missing translation, the language that lacks it.
    pub language: Option<Language>,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        write!(f, "{}:{}: {level}: {}", self.path, self.line, self.message)
    }
}

/// What `load` found: the curriculum as far as it could be built, the media it refers to,
/// and every problem.
#[derive(Debug, Default)]
pub struct Report {
    pub curriculum: Curriculum,
    pub media: Vec<Media>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.level == Level::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.level == Level::Warning)
    }

    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
}

/// Reads and checks every module and track in `files`.
pub fn load(files: &Files) -> Report {
    let mut loader = Loader {
        files,
        report: Report::default(),
        media: BTreeMap::new(),
        pending: HashMap::new(),
    };
    let folders: BTreeSet<&str> = files
        .keys()
        .filter_map(|p| p.strip_prefix("modules/")?.strip_suffix("/module.toml"))
        .filter(|f| !f.contains('/'))
        .collect();
    if folders.is_empty() {
        loader.error(
            "modules/",
            0,
            "no modules: expected modules/NN-id/module.toml".into(),
        );
    }
    for folder in folders {
        if let Some(module) = loader.module(folder) {
            loader.report.curriculum.modules.push(module);
        }
    }
    loader.check_modules_together();
    loader.tracks();
    loader.report.curriculum.modules.sort_by_key(|m| m.number);
    loader.report.media = loader.media.into_values().collect();
    loader
        .report
        .diagnostics
        .sort_by(|a, b| (a.level, &a.path, a.line).cmp(&(b.level, &b.path, b.line)));
    loader.report.diagnostics.dedup();
    loader.report
}

struct Loader<'a> {
    files: &'a Files,
    report: Report,
    media: BTreeMap<String, Media>,
    /// Translated questions waiting to be folded into the assessment being read.
    pending: HashMap<String, Vec<(Language, Question)>>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

fn language(code: &str) -> Option<Language> {
    Language::parse("language", code).ok()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModule {
    id: Spanned<String>,
    number: Spanned<u32>,
    icon: String,
    #[serde(default)]
    tracks: Vec<String>,
    #[serde(default)]
    prerequisites: Vec<Spanned<String>>,
    #[serde(default = "default_pass_mark")]
    pass_mark: Spanned<u32>,
    lessons: Vec<Spanned<String>>,
    #[serde(default)]
    anonymous_questions: bool,
    title: Spanned<BTreeMap<String, String>>,
    summary: Spanned<BTreeMap<String, String>>,
    objectives: Spanned<BTreeMap<String, Vec<String>>>,
}

fn default_pass_mark() -> Spanned<u32> {
    Spanned::new(0..0, 60)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFront {
    title: String,
    minutes: u32,
    #[serde(default)]
    key_points: Vec<String>,
    #[serde(default)]
    sources: Vec<String>,
    audio: Option<String>,
}

pub const ICONS: &[&str] = &[
    "helmet",
    "coins",
    "route",
    "shield",
    "scroll",
    "people",
    "star",
    "leaf",
    "passbook",
    "gear",
    "scales",
    "megaphone",
    "village",
    "gavel",
    "handshake",
];

impl Loader<'_> {
    fn push(
        &mut self,
        level: Level,
        path: &str,
        line: usize,
        message: String,
        language: Option<Language>,
    ) {
        self.report.diagnostics.push(Diagnostic {
            path: path.to_string(),
            line,
            level,
            message,
            language,
        });
    }

    fn error(&mut self, path: &str, line: usize, message: String) {
        self.push(Level::Error, path, line, message, None);
    }

    fn missing(&mut self, path: &str, line: usize, lang: Language, what: &str) {
        self.push(
            Level::Warning,
            path,
            line,
            format!("no {} translation of {what}", lang.as_str()),
            Some(lang),
        );
    }

    fn text(&mut self, path: &str) -> Option<&str> {
        let bytes = self.files.get(path)?;
        match std::str::from_utf8(bytes) {
            Ok(t) => Some(t),
            Err(e) => {
                self.error(path, 1, format!("not UTF-8 text: {e}"));
                None
            }
        }
    }

    /// Parses a TOML file, reporting a syntax or shape error at its line.
    fn toml<T: serde::de::DeserializeOwned>(
        &mut self,
        path: &str,
        text: &str,
        first_line: usize,
    ) -> Option<T> {
        match toml::from_str(text) {
            Ok(v) => Some(v),
            Err(e) => {
                let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(1) + first_line - 1;
                self.error(path, line, e.message().trim().to_string());
                None
            }
        }
    }

    fn module(&mut self, folder: &str) -> Option<Module> {
        let base = format!("modules/{folder}");
        let path = format!("{base}/module.toml");
        let text = self.text(&path)?.to_string();
        let raw: RawModule = self.toml(&path, &text, 1)?;
        let line = |span: std::ops::Range<usize>| line_of(&text, span.start);
        let id = raw.id.get_ref().clone();
        let expected = format!("{:02}-{id}", raw.number.get_ref());
        if folder != expected {
            self.error(
                &path,
                line(raw.id.span()),
                format!(
                    "the folder of module {id} number {} must be named {expected}",
                    raw.number.get_ref()
                ),
            );
        }
        if !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            || id.is_empty()
        {
            self.error(
                &path,
                line(raw.id.span()),
                format!("module id {id:?} may hold only a-z, 0-9 and -"),
            );
        }
        if !ICONS.contains(&raw.icon.as_str()) {
            self.error(
                &path,
                3,
                format!(
                    "unknown icon {:?}; the icons are {}",
                    raw.icon,
                    ICONS.join(", ")
                ),
            );
        }
        let pass_mark = *raw.pass_mark.get_ref();
        if !(1..=100).contains(&pass_mark) {
            self.error(
                &path,
                line(raw.pass_mark.span()),
                format!("pass_mark {pass_mark} must be a per cent from 1 to 100"),
            );
        }
        let title = self.localized_map(
            &path,
            line(raw.title.span()),
            raw.title.into_inner(),
            "the title",
        );
        let summary = self.localized_map(
            &path,
            line(raw.summary.span()),
            raw.summary.into_inner(),
            "the summary",
        );
        let objectives_line = line(raw.objectives.span());
        let objectives = self.localized_map(
            &path,
            objectives_line,
            raw.objectives.into_inner(),
            "the objectives",
        );
        let objective_count = objectives.0.get(&Language::En).map(Vec::len).unwrap_or(0);
        for (lang, list) in &objectives.0 {
            if list.len() != objective_count {
                self.error(
                    &path,
                    objectives_line,
                    format!(
                        "{lang} has {} objectives, en has {objective_count}",
                        list.len()
                    ),
                );
            }
        }

        let mut ids = QuestionIds::default();
        let mut lessons = Vec::new();
        let mut listed = BTreeSet::new();
        for slug in &raw.lessons {
            if !listed.insert(slug.get_ref().clone()) {
                self.error(
                    &path,
                    line(slug.span()),
                    format!("lesson {} is listed twice", slug.get_ref()),
                );
                continue;
            }
            if let Some(lesson) = self.lesson(
                &base,
                slug.get_ref(),
                &path,
                line(slug.span()),
                objective_count,
                &mut ids,
            ) {
                lessons.push(lesson);
            }
        }
        for file in self
            .files
            .keys()
            .filter_map(|p| p.strip_prefix(&format!("{base}/lessons/")))
        {
            let slug = file.split('.').next().unwrap_or("");
            if !listed.contains(slug) {
                self.error(
                    &format!("{base}/lessons/{file}"),
                    1,
                    format!("lesson {slug} is not in the lessons list of {path}"),
                );
            }
        }
        let pre_test = self
            .assessment(&base, "pre-test", true, objective_count, &mut ids)
            .unwrap_or_default();
        let post_test = self
            .assessment(&base, "post-test", true, objective_count, &mut ids)
            .unwrap_or_default();
        if !pre_test.questions.is_empty() && !post_test.questions.is_empty() {
            let covered = |a: &Assessment| {
                a.questions
                    .iter()
                    .map(|q| q.objective)
                    .collect::<BTreeSet<_>>()
            };
            if covered(&pre_test) != covered(&post_test) {
                self.error(
                    &format!("{base}/post-test.en.toml"),
                    1,
                    "the pre-test and the post-test must cover the same objectives".into(),
                );
            }
        }
        Some(Module {
            id,
            number: *raw.number.get_ref(),
            icon: raw.icon,
            tracks: raw.tracks,
            prerequisites: raw
                .prerequisites
                .into_iter()
                .map(Spanned::into_inner)
                .collect(),
            pass_mark,
            anonymous_questions: raw.anonymous_questions,
            title,
            summary,
            objectives,
            lessons,
            pre_test,
            post_test,
        })
    }

    /// A `{ en = …, hi = … }` table: unknown languages are errors, missing ones warnings.
    fn localized_map<T>(
        &mut self,
        path: &str,
        line: usize,
        map: BTreeMap<String, T>,
        what: &str,
    ) -> Localized<T> {
        let mut out = Localized::new();
        for (code, value) in map {
            match language(&code) {
                Some(lang) => {
                    out.0.insert(lang, value);
                }
                None => self.error(
                    path,
                    line,
                    format!("unknown language {code:?} in {what}; use en, hi, or, bn"),
                ),
            }
        }
        if !out.has(Language::En) {
            self.error(path, line, format!("{what} has no English (en) text"));
        }
        for lang in Language::ALL {
            if !out.has(*lang) && *lang != Language::En {
                self.missing(path, line, *lang, what);
            }
        }
        out
    }

    fn lesson(
        &mut self,
        base: &str,
        slug: &str,
        module_path: &str,
        listed_line: usize,
        objectives: usize,
        ids: &mut QuestionIds,
    ) -> Option<Lesson> {
        let mut lesson = Lesson {
            slug: slug.to_string(),
            title: Localized::new(),
            minutes: 0,
            key_points: Localized::new(),
            sources: Localized::new(),
            body: Localized::new(),
            audio: Localized::new(),
            check: Assessment::default(),
            retired: false,
        };
        for lang in Language::ALL {
            let path = format!("{base}/lessons/{slug}.{}.md", lang.as_str());
            let Some(text) = self.text(&path).map(str::to_string) else {
                if *lang == Language::En {
                    self.error(
                        module_path,
                        listed_line,
                        format!("lesson {slug} has no English file {path}"),
                    );
                    return None;
                }
                self.missing(&path, 1, *lang, &format!("lesson {slug}"));
                continue;
            };
            let Some(rest) = text
                .strip_prefix("+++\n")
                .or_else(|| text.strip_prefix("+++\r\n"))
            else {
                self.error(
                    &path,
                    1,
                    "a lesson starts with +++, its front matter, and +++".into(),
                );
                continue;
            };
            let Some(end) = rest.find("\n+++") else {
                self.error(&path, 1, "the front matter has no closing +++".into());
                continue;
            };
            let front_text = &rest[..end + 1];
            let body = rest[end + 4..].trim_start_matches(['\r', '\n']);
            let body_line = line_of(&text, text.len() - body.len());
            let Some(front) = self.toml::<RawFront>(&path, front_text, 2) else {
                continue;
            };
            if front.minutes == 0 {
                self.error(&path, 2, "minutes must be more than 0".into());
            }
            if front.sources.is_empty() {
                self.push(
                    Level::Warning,
                    &path,
                    2,
                    "the lesson lists no sources".into(),
                    None,
                );
            }
            if let Some(audio) = &front.audio {
                if let Some(url) = self
                    .media_file(&path, 2, &format!("{base}/{audio}"))
                    .map(|m| m.0)
                {
                    lesson.audio.0.insert(*lang, url);
                }
            }
            let lesson_dir = format!("{base}/lessons");
            let mut resolve = |target: &str| self.image(&format!("{lesson_dir}/{target}"));
            match markdown::render(body, &mut resolve) {
                Ok(html) => {
                    lesson.body.0.insert(*lang, html);
                }
                Err(problems) => {
                    for (line, message) in problems {
                        self.error(&path, body_line + line - 1, message);
                    }
                }
            }
            if *lang == Language::En {
                lesson.minutes = front.minutes;
            }
            lesson.title.0.insert(*lang, front.title);
            lesson.key_points.0.insert(*lang, front.key_points);
            lesson.sources.0.insert(*lang, front.sources);
        }
        let check_name = format!("checks/{slug}");
        let has_check = Language::ALL.iter().any(|l| {
            self.files
                .contains_key(&format!("{base}/{check_name}.{}.toml", l.as_str()))
        });
        if has_check {
            lesson.check = self
                .assessment(base, &check_name, false, objectives, ids)
                .unwrap_or_default();
        }
        Some(lesson)
    }

    /// An image the content refers to: must exist, be SVG, PNG, JPEG or WebP; SVGs give
    /// their size from their width and height attributes.
    fn image(&mut self, path: &str) -> Result<Image, String> {
        let (url, bytes) = self.media_file_inner(path)?;
        let (width, height) = if path.ends_with(".svg") {
            svg_size(&bytes)
                .ok_or_else(|| format!("{path}: an SVG needs width and height attributes"))?
        } else {
            (0, 0)
        };
        if !matches!(extension(path), "svg" | "png" | "jpg" | "jpeg" | "webp") {
            return Err(format!("{path}: not an image (svg, png, jpg, webp)"));
        }
        Ok(Image { url, width, height })
    }

    fn media_file(&mut self, path: &str, line: usize, target: &str) -> Option<(String, Vec<u8>)> {
        match self.media_file_inner(target) {
            Ok(found) => Some(found),
            Err(message) => {
                self.error(path, line, message);
                None
            }
        }
    }

    fn media_file_inner(&mut self, path: &str) -> Result<(String, Vec<u8>), String> {
        let normal = normalise(path).ok_or_else(|| format!("{path} leaves the content folder"))?;
        let bytes = self
            .files
            .get(&normal)
            .ok_or_else(|| format!("{normal} does not exist"))?;
        let content_type = match extension(&normal) {
            "svg" => "image/svg+xml",
            "png" => "image/png",
            "jpg" | "jpeg" => "image/jpeg",
            "webp" => "image/webp",
            "ogg" | "oga" | "opus" => "audio/ogg",
            "mp3" => "audio/mpeg",
            "m4a" => "audio/mp4",
            other => return Err(format!("{normal}: files of type .{other} cannot be used")),
        };
        let name = format!("{}.{}", crate::hash_bytes(bytes), extension(&normal));
        self.media.entry(name.clone()).or_insert_with(|| Media {
            name: name.clone(),
            content_type,
            bytes: bytes.clone(),
        });
        Ok((format!("/media/{name}"), bytes.clone()))
    }

    /// Module ids and numbers are unique; prerequisites name real modules.
    fn check_modules_together(&mut self) {
        let mut ids = BTreeMap::new();
        let mut numbers = BTreeMap::new();
        let modules: Vec<(String, u32, Vec<String>)> = self
            .report
            .curriculum
            .modules
            .iter()
            .map(|m| (m.id.clone(), m.number, m.prerequisites.clone()))
            .collect();
        for (id, number, prerequisites) in &modules {
            let path = format!("modules/{number:02}-{id}/module.toml");
            if ids.insert(id.clone(), number).is_some() {
                self.error(&path, 1, format!("module id {id} is used twice"));
            }
            if let Some(other) = numbers.insert(*number, id.clone()) {
                self.error(
                    &path,
                    2,
                    format!("module number {number} is also used by {other}"),
                );
            }
            for p in prerequisites {
                if !modules.iter().any(|(other, ..)| other == p) || p == id {
                    self.error(
                        &path,
                        1,
                        format!("prerequisite {p:?} is not another module"),
                    );
                }
            }
        }
    }

    fn tracks(&mut self) {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct RawTracks {
            #[serde(default)]
            tracks: Vec<Spanned<RawTrack>>,
        }
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct RawTrack {
            id: String,
            modules: Vec<String>,
            title: BTreeMap<String, String>,
        }
        let path = "tracks.toml";
        let Some(text) = self.text(path).map(str::to_string) else {
            return;
        };
        let Some(raw) = self.toml::<RawTracks>(path, &text, 1) else {
            return;
        };
        for spanned in raw.tracks {
            let line = line_of(&text, spanned.span().start);
            let t = spanned.into_inner();
            for m in &t.modules {
                if self.report.curriculum.module(m).is_none() {
                    self.error(path, line, format!("track {}: no module {m}", t.id));
                }
            }
            let title = self.localized_map(path, line, t.title, &format!("track {}", t.id));
            self.report.curriculum.tracks.push(Track {
                id: t.id,
                title,
                modules: t.modules,
            });
        }
    }
}

fn extension(path: &str) -> &str {
    path.rsplit_once('.').map(|(_, e)| e).unwrap_or("")
}

/// Resolves `.` and `..` in a `/`-separated path; None if it climbs out of the folder.
fn normalise(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

/// The `width` and `height` attributes of an SVG's root element.
fn svg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let text = std::str::from_utf8(bytes).ok()?;
    let start = text.find("<svg")?;
    let tag = &text[start..start + text[start..].find('>')?];
    let attr = |name: &str| -> Option<u32> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        let value = &tag[at..at + tag[at..].find('"')?];
        value
            .trim_end_matches("px")
            .parse::<f32>()
            .ok()
            .map(|v| v.round() as u32)
    };
    Some((attr("width")?, attr("height")?))
}
