//! The interface in four languages: Fluent messages from `locales/{en,hi,or,bn}/*.ftl`,
//! compiled into the binary, and numbers written the Indian way (12,34,567) in each
//! language's own digits through ICU4X.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use academy_domain::Language;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use rustc_hash::FxHashMap;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../../locales",
        fallback_language: "en",
        // Unicode isolation marks around arguments confuse screen readers and cost bytes.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

struct LanguageData {
    id: LanguageIdentifier,
    numbers: DecimalFormatter,
    /// Every message without arguments, formatted once: a page asks for dozens of them,
    /// and asking Fluent each time was a tenth of a lesson page's cost. The keys are ours, not
    /// a visitor's, so a fast hash is safe.
    plain: FxHashMap<String, Message>,
}

/// A message without arguments, as text and escaped for HTML.
struct Message {
    text: String,
    html: String,
}

/// Each language's data, in the order of `Language::ALL` (the order of its variants).
static DATA: LazyLock<Vec<LanguageData>> = LazyLock::new(|| {
    Language::ALL
        .iter()
        .map(|lang| {
            // English in India groups digits the Indian way too.
            let number_locale = if *lang == Language::En {
                "en-IN"
            } else {
                lang.tag()
            };
            let locale: icu_locale_core::Locale = number_locale.parse().expect("valid locale tag");
            let numbers = DecimalFormatter::try_new(locale.into(), Default::default())
                .expect("compiled ICU data covers en, hi, or, bn");
            let id: LanguageIdentifier = lang.tag().parse().expect("valid language identifier");
            let plain = keys(Language::En)
                .into_iter()
                .map(|key| {
                    let text = LOCALES.lookup(&id, &key);
                    let html = escape_html(&text);
                    (key, Message { text, html })
                })
                .collect();
            LanguageData { id, numbers, plain }
        })
        .collect()
});

/// Translates for one language. Cheap to copy; every page gets one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    pub lang: Language,
}

impl Tr {
    pub fn new(lang: Language) -> Self {
        Tr { lang }
    }

    fn data(&self) -> &'static LanguageData {
        &DATA[self.lang as usize]
    }

    /// The message `key`, falling back to English when this language lacks it.
    pub fn t(&self, key: &str) -> String {
        let data = self.data();
        match data.plain.get(key) {
            Some(message) => message.text.clone(),
            None => LOCALES.lookup(&data.id, key),
        }
    }

    /// The message `key` for a page, escaped once at start rather than on every page.
    pub fn html(&self, key: &str) -> HtmlText {
        let data = self.data();
        match data.plain.get(key) {
            Some(message) => HtmlText::Static(&message.html),
            None => HtmlText::Shared(escape_html(&LOCALES.lookup(&data.id, key)).into()),
        }
    }

    /// A counted message (`$n`, and `$shown` in the language's digits) for a page:
    /// "5 minutes" is asked for on every lesson page.
    pub fn html_count(&self, key: &'static str, n: i64) -> HtmlText {
        self.remembered(key, Fixed::Count(n), || {
            self.ta(
                key,
                &[("n", Arg::Count(n)), ("shown", Arg::Text(self.num(n)))],
            )
        })
    }

    /// A message whose one argument is fixed text, such as the `{n}` a script fills in.
    pub fn html_with(
        &self,
        key: &'static str,
        name: &'static str,
        value: &'static str,
    ) -> HtmlText {
        self.remembered(key, Fixed::Text(name, value), || {
            self.ta(key, &[(name, Arg::Text(value.to_string()))])
        })
    }

    /// Formats and escapes a message with fixed arguments once for each language.
    fn remembered(
        &self,
        key: &'static str,
        args: Fixed,
        format: impl FnOnce() -> String,
    ) -> HtmlText {
        type Key = (Language, &'static str, Fixed);
        static REMEMBERED: LazyLock<quick_cache::sync::Cache<Key, Arc<str>>> =
            LazyLock::new(|| quick_cache::sync::Cache::new(10_000));
        let text = REMEMBERED.get_or_insert_with(&(self.lang, key, args), || {
            Ok::<_, std::convert::Infallible>(Arc::from(escape_html(&format())))
        });
        match text {
            Ok(text) => HtmlText::Shared(text),
            Err(never) => match never {},
        }
    }

    /// The message `key` with named arguments. Numbers are formatted before they reach
    /// Fluent, so that they come out in the language's digits and grouping.
    pub fn ta(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(s) => FluentValue::from(s.clone()),
                    // Plural rules need the number itself; the text shown is formatted here.
                    Arg::Count(n) => FluentValue::from(*n),
                };
                (Cow::Owned(name.to_string()), value)
            })
            .collect();
        LOCALES.lookup_with_args(&self.data().id, key, &args)
    }

    /// A whole number with the language's digits and Indian grouping: 12,34,567.
    pub fn num(&self, n: i64) -> String {
        self.data().numbers.format(&Decimal::from(n)).to_string()
    }
}

/// Text already escaped for HTML: askama writes it as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HtmlText {
    Static(&'static str),
    Shared(Arc<str>),
}

impl std::fmt::Display for HtmlText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            HtmlText::Static(text) => text,
            HtmlText::Shared(text) => text,
        })
    }
}

impl askama::filters::HtmlSafe for HtmlText {}

/// Text between tags (never in an attribute), escaped as it is written: `&`, `<` and `>`
/// found by a vectorised scan rather than askama's byte-by-byte one. Lesson pages spent
/// their escaping on long key points and sources, which hold few of them.
#[derive(Debug, Clone, Copy)]
pub struct ElementText<'a>(pub &'a str);

impl std::fmt::Display for ElementText<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = self.0;
        let mut written = 0;
        for at in memchr::memchr3_iter(b'&', b'<', b'>', text.as_bytes()) {
            f.write_str(&text[written..at])?;
            f.write_str(match text.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                _ => "&gt;",
            })?;
            written = at + 1;
        }
        f.write_str(&text[written..])
    }
}

impl askama::filters::HtmlSafe for ElementText<'_> {}

/// Escapes text as askama does, for attribute values and element content alike.
fn escape_html(text: &str) -> String {
    askama::filters::escape(text, askama::filters::Html)
        .map(|safe| safe.to_string())
        .unwrap_or_default()
}

/// The fixed arguments of a remembered message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Fixed {
    Count(i64),
    Text(&'static str, &'static str),
}

/// An argument to a Fluent message.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Count(i64),
}

/// Every message key in English, for the test that the other languages have them all.
pub fn keys(lang: Language) -> Vec<String> {
    let dir = match lang {
        Language::En => "en",
        Language::Hi => "hi",
        Language::Or => "or",
        Language::Bn => "bn",
    };
    LOCALE_FILES
        .iter()
        .filter(|(d, _)| *d == dir)
        .flat_map(|(_, text)| text.lines())
        .filter_map(|line| {
            let (key, _) = line.split_once('=')?;
            let key = key.trim();
            let starts_ok = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
            (starts_ok && !line.starts_with(' ') && !key.contains(' ')).then(|| key.to_string())
        })
        .collect()
}

/// The Fluent sources, for `keys`.
const LOCALE_FILES: &[(&str, &str)] = &[
    ("en", include_str!("../../../locales/en/main.ftl")),
    ("hi", include_str!("../../../locales/hi/main.ftl")),
    ("or", include_str!("../../../locales/or/main.ftl")),
    ("bn", include_str!("../../../locales/bn/main.ftl")),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_use_indian_grouping_and_native_digits() {
        assert_eq!(Tr::new(Language::En).num(1234567), "12,34,567");
        assert_eq!(Tr::new(Language::Hi).num(1234567), "12,34,567");
        assert_eq!(Tr::new(Language::Bn).num(1234567), "১২,৩৪,৫৬৭");
    }

    #[test]
    fn element_text_escapes_what_ends_text() {
        let shown = |t: &str| ElementText(t).to_string();
        assert_eq!(shown("धूल <b> & \"हवा\""), "धूल &lt;b&gt; &amp; \"हवा\"");
        assert_eq!(shown("&&"), "&amp;&amp;");
        assert_eq!(shown(""), "");
        assert_eq!(shown("plain"), "plain");
    }

    #[test]
    fn each_language_finds_its_own_data() {
        for (i, lang) in Language::ALL.iter().enumerate() {
            assert_eq!(*lang as usize, i);
            assert_eq!(Tr::new(*lang).data().id.to_string(), lang.tag());
        }
    }

    #[test]
    fn every_language_has_every_english_message() {
        let english = keys(Language::En);
        assert!(
            english.len() > 50,
            "the English file has the interface's messages"
        );
        for lang in [Language::Hi, Language::Or, Language::Bn] {
            let have = keys(lang);
            let missing: Vec<_> = english.iter().filter(|k| !have.contains(k)).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        }
    }
}
