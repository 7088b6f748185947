//! Questions: checks, pre-tests and post-tests, read in every language and checked to ask the
//! same questions with the same answers as the English file.

use std::collections::{BTreeSet, HashMap};

use academy_domain::Language;
use serde::Deserialize;
use toml::Spanned;

use super::{line_of, Loader};
use crate::{Assessment, Choice, Localized, Question, QuestionKind};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestions {
    title: Option<String>,
    #[serde(default)]
    questions: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    kind: String,
    objective: u32,
    text: String,
    explanation: Option<String>,
    options: Option<Vec<RawChoice>>,
    answer: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    id: String,
    text: Option<String>,
    image: Option<String>,
    #[serde(default)]
    correct: bool,
}

impl Loader<'_> {
    /// Reads `{name}.{lang}.toml` in every language and checks that the translations agree.
    pub(super) fn assessment(
        &mut self,
        base: &str,
        name: &str,
        required: bool,
        objectives: usize,
        ids: &mut QuestionIds,
    ) -> Option<Assessment> {
        let mut assessment = Assessment::default();
        let english_path = format!("{base}/{name}.en.toml");
        let mut structure: Option<Vec<(Question, usize)>> = None;
        for lang in Language::ALL {
            let path = format!("{base}/{name}.{}.toml", lang.as_str());
            let Some(text) = self.text(&path).map(str::to_string) else {
                if *lang == Language::En {
                    if required {
                        self.error(
                            &english_path,
                            1,
                            format!("the module has no {name} in English"),
                        );
                    }
                    return None;
                }
                self.missing(&path, 1, *lang, name);
                continue;
            };
            let Some(raw) = self.toml::<RawQuestions>(&path, &text, 1) else {
                continue;
            };
            if let Some(title) = raw.title {
                assessment.title.0.insert(*lang, title);
            }
            if raw.questions.is_empty() {
                self.error(&path, 1, "no questions".into());
            }
            let mut parsed = Vec::new();
            for spanned in raw.questions {
                let line = line_of(&text, spanned.span().start);
                if let Some(q) =
                    self.question(base, &path, line, *lang, spanned.into_inner(), objectives)
                {
                    parsed.push((q, line));
                }
            }
            match &structure {
                None => {
                    for (q, line) in &parsed {
                        ids.claim(self, &path, *line, &q.id);
                    }
                    structure = Some(parsed);
                }
                Some(english) => self.merge_translation(&path, *lang, english, parsed),
            }
        }
        assessment.questions = structure
            .unwrap_or_default()
            .into_iter()
            .map(|(q, _)| q)
            .collect();
        // Translations were collected per question id; fold them into the questions.
        let translations = std::mem::take(&mut self.pending);
        for q in &mut assessment.questions {
            if let Some(t) = translations.get(&q.id) {
                for (lang, tq) in t {
                    copy_language(q, tq, *lang);
                }
            }
        }
        Some(assessment)
    }

    fn question(
        &mut self,
        base: &str,
        path: &str,
        line: usize,
        lang: Language,
        raw: RawQuestion,
        objectives: usize,
    ) -> Option<Question> {
        let kind = match raw.kind.as_str() {
            "single" => QuestionKind::Single,
            "multiple" => QuestionKind::Multiple,
            "true_false" => QuestionKind::TrueFalse,
            "picture" => QuestionKind::Picture,
            other => {
                self.error(path, line, format!("question {}: unknown kind {other:?}; use single, multiple, true_false or picture", raw.id));
                return None;
            }
        };
        let id = &raw.id;
        if raw.objective == 0 || raw.objective as usize > objectives {
            self.error(
                path,
                line,
                format!(
                    "question {id}: objective {} is not one of the module's {objectives}",
                    raw.objective
                ),
            );
        }
        let explanation = raw.explanation.filter(|e| !e.trim().is_empty());
        if explanation.is_none() {
            self.error(path, line, format!("question {id} has no explanation"));
        }
        let mut options = Vec::new();
        if kind == QuestionKind::TrueFalse {
            let Some(answer) = raw.answer else {
                self.error(
                    path,
                    line,
                    format!("question {id}: a true_false question needs answer = true or false"),
                );
                return None;
            };
            if raw.options.is_some() {
                self.error(
                    path,
                    line,
                    format!("question {id}: a true_false question has answer, not options"),
                );
            }
            for (value, correct) in [("true", answer), ("false", !answer)] {
                options.push(Choice {
                    id: value.into(),
                    text: Localized::new(),
                    image: None,
                    correct,
                });
            }
        } else {
            if raw.answer.is_some() {
                self.error(
                    path,
                    line,
                    format!("question {id}: only true_false questions have answer"),
                );
            }
            let mut seen = BTreeSet::new();
            for o in raw.options.unwrap_or_default() {
                if !seen.insert(o.id.clone()) {
                    self.error(
                        path,
                        line,
                        format!("question {id}: option {} appears twice", o.id),
                    );
                }
                let image = match (&o.image, kind) {
                    (Some(img), _) => self
                        .image(&format!("{base}/{img}"))
                        .map_err(|m| self.error(path, line, format!("question {id}: {m}")))
                        .ok(),
                    (None, QuestionKind::Picture) => {
                        self.error(
                            path,
                            line,
                            format!(
                                "question {id}: option {} of a picture question has no image",
                                o.id
                            ),
                        );
                        None
                    }
                    (None, _) => None,
                };
                let mut text = Localized::new();
                match o.text {
                    Some(t) => {
                        text.0.insert(lang, t);
                    }
                    None => self.error(
                        path,
                        line,
                        format!("question {id}: option {} has no text", o.id),
                    ),
                }
                options.push(Choice {
                    id: o.id,
                    text,
                    image,
                    correct: o.correct,
                });
            }
            if options.len() < 2 {
                self.error(
                    path,
                    line,
                    format!("question {id} needs at least two options"),
                );
            }
            let correct = options.iter().filter(|o| o.correct).count();
            match kind {
                QuestionKind::Single | QuestionKind::Picture if correct != 1 => self.error(
                    path,
                    line,
                    format!("question {id} must have exactly one correct option, it has {correct}"),
                ),
                QuestionKind::Multiple if correct == 0 => {
                    self.error(path, line, format!("question {id} has no correct option"))
                }
                _ => {}
            }
        }
        let mut q = Question {
            id: raw.id,
            kind,
            objective: raw.objective,
            text: Localized::new(),
            explanation: Localized::new(),
            options,
        };
        q.text.0.insert(lang, raw.text);
        if let Some(e) = explanation {
            q.explanation.0.insert(lang, e);
        }
        Some(q)
    }

    /// A translation must ask the same questions with the same answers as the English file.
    fn merge_translation(
        &mut self,
        path: &str,
        lang: Language,
        english: &[(Question, usize)],
        translated: Vec<(Question, usize)>,
    ) {
        let by_id: HashMap<&str, &Question> =
            english.iter().map(|(q, _)| (q.id.as_str(), q)).collect();
        for (q, line) in &translated {
            let Some(en) = by_id.get(q.id.as_str()) else {
                self.error(
                    path,
                    *line,
                    format!("question {} is not in the English file", q.id),
                );
                continue;
            };
            let option_ids =
                |q: &Question| q.options.iter().map(|o| o.id.clone()).collect::<Vec<_>>();
            if q.kind != en.kind
                || q.objective != en.objective
                || option_ids(q) != option_ids(en)
                || q.correct() != en.correct()
            {
                self.error(path, *line, format!("question {} differs from the English one (kind, objective, options or correct answer)", q.id));
                continue;
            }
            self.pending
                .entry(q.id.clone())
                .or_default()
                .push((lang, q.clone()));
        }
        let have: BTreeSet<&str> = translated.iter().map(|(q, _)| q.id.as_str()).collect();
        for (q, _) in english {
            if !have.contains(q.id.as_str()) {
                self.error(
                    path,
                    1,
                    format!("question {} of the English file is missing", q.id),
                );
            }
        }
    }
}

/// Question ids are unique within a module, across its checks and tests.
#[derive(Default)]
pub(super) struct QuestionIds(HashMap<String, (String, usize)>);

impl QuestionIds {
    pub(super) fn claim(&mut self, loader: &mut Loader<'_>, path: &str, line: usize, id: &str) {
        if let Some((first_path, first_line)) = self.0.get(id) {
            loader.error(
                path,
                line,
                format!("question id {id} is also used at {first_path}:{first_line}"),
            );
        } else {
            self.0.insert(id.to_string(), (path.to_string(), line));
        }
    }
}

fn copy_language(q: &mut Question, from: &Question, lang: Language) {
    if let Some(t) = from.text.0.get(&lang) {
        q.text.0.insert(lang, t.clone());
    }
    if let Some(e) = from.explanation.0.get(&lang) {
        q.explanation.0.insert(lang, e.clone());
    }
    for (o, t) in q.options.iter_mut().zip(&from.options) {
        if let Some(text) = t.text.0.get(&lang) {
            o.text.0.insert(lang, text.clone());
        }
    }
}
