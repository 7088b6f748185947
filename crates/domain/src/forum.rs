//! The knowledge exchange: forums, threads and posts, questions to experts, mentoring and the
//! resource library. Here are the rules every post and upload is checked by, and the plain-text
//! post format (paragraphs, `>` quotes, links to lessons, `@JH-0001234` mentions) read into
//! parts that the pages render safely.

use time::OffsetDateTime;
use unicode_normalization::UnicodeNormalization;
use uuid::Uuid;

use crate::member::word_enum;
use crate::{Invalid, Language, MemberCode, Problem};

pub const TITLE_MAX: usize = 150;
pub const BODY_MAX: usize = 5_000;
pub const REASON_MAX: usize = 500;

/// Threads with activity in the last this many days can be "new" to a member; older ones
/// never are, so that a member's first visit does not find a thousand new threads.
pub const UNREAD_DAYS: i64 = 30;

/// Since when activity counts as new.
pub fn unread_since(now: OffsetDateTime) -> OffsetDateTime {
    now - time::Duration::days(UNREAD_DAYS)
}

word_enum!(
    /// Whether others see a post: `held` waits for a moderator (a new member's first post,
    /// when the academy asks for that), `hidden` was taken down by one.
    PostStatus { Shown => "shown", Held => "held", Hidden => "hidden" }
);

word_enum!(
    /// Why a member is told about something.
    NoticeKind {
        Reply => "reply",
        Answer => "answer",
        Accepted => "accepted",
        Mention => "mention",
        Message => "message",
    }
);

word_enum!(
    /// What a file in the library holds, judged from its bytes.
    ResourceKind { Document => "document", Image => "image", Audio => "audio" }
);

/// Who is looking: what they may see depends on it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Viewer {
    pub member: Option<Uuid>,
    pub woman: bool,
    pub moderator: bool,
    pub admin: bool,
}

impl Viewer {
    /// Women-only forums are for women members and moderators.
    pub fn sees_women_only(&self) -> bool {
        self.woman || self.moderator || self.admin
    }

    pub fn moderates(&self) -> bool {
        self.moderator || self.admin
    }
}

/// A forum: one per module, and general ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forum {
    pub id: String,
    pub module: Option<String>,
    pub women_only: bool,
    /// Questions here may be asked without a name (the gender and GBV module's forum).
    pub anonymous_questions: bool,
    pub position: i64,
}

/// A thread as a list shows it.
#[derive(Debug, Clone)]
pub struct ThreadSummary {
    pub id: Uuid,
    pub forum: String,
    pub title: String,
    /// `None` when the author asked anonymously and the viewer may not know who.
    pub author_name: Option<String>,
    pub question: bool,
    pub answered: bool,
    pub accepted: bool,
    pub status: PostStatus,
    pub replies: i64,
    pub last_post_at: OffsetDateTime,
    pub unread: bool,
}

/// A thread with what its page needs besides the posts.
#[derive(Debug, Clone)]
pub struct Thread {
    pub summary: ThreadSummary,
    pub author: Uuid,
    pub anonymous: bool,
    /// An admin lifted the anonymity (with a recorded reason): moderators see the name.
    pub revealed: bool,
    pub accepted_post: Option<Uuid>,
    pub created_at: OffsetDateTime,
}

/// One post.
#[derive(Debug, Clone)]
pub struct Post {
    pub id: Uuid,
    pub thread: Uuid,
    pub author: Uuid,
    pub author_name: Option<String>,
    pub by_expert: bool,
    pub body: String,
    pub image: Option<String>,
    pub status: PostStatus,
    pub created_at: OffsetDateTime,
    /// How many open reports it has (shown to moderators only).
    pub reports: i64,
}

/// A new thread, checked.
#[derive(Debug, Clone)]
pub struct NewThread {
    pub id: Uuid,
    pub forum: String,
    pub title: String,
    pub author: Uuid,
    pub question: bool,
    pub anonymous: bool,
    pub first: NewPost,
}

/// A new post, checked.
#[derive(Debug, Clone)]
pub struct NewPost {
    pub id: Uuid,
    pub thread: Uuid,
    pub author: Uuid,
    pub by_expert: bool,
    pub body: String,
    pub image: Option<String>,
    pub status: PostStatus,
    pub at: OffsetDateTime,
}

/// Something a member is told about in the academy.
#[derive(Debug, Clone)]
pub struct Notice {
    pub id: Uuid,
    pub kind: NoticeKind,
    pub actor_name: Option<String>,
    pub title: String,
    pub link: String,
    pub at: OffsetDateTime,
    pub read: bool,
}

/// A mentor and the newer member they accompany.
#[derive(Debug, Clone)]
pub struct MentorPair {
    pub id: Uuid,
    pub mentor: Uuid,
    pub mentor_name: String,
    pub mentee: Uuid,
    pub mentee_name: String,
    pub mentor_shares: bool,
    pub mentee_shares: bool,
    pub created_at: OffsetDateTime,
    pub ended_at: Option<OffsetDateTime>,
}

impl MentorPair {
    /// Progress is shown to each other only when both said yes.
    pub fn shares_progress(&self) -> bool {
        self.mentor_shares && self.mentee_shares
    }

    pub fn includes(&self, member: Uuid) -> bool {
        self.mentor == member || self.mentee == member
    }

    pub fn other(&self, member: Uuid) -> Uuid {
        if self.mentor == member {
            self.mentee
        } else {
            self.mentor
        }
    }
}

/// A message between a mentor and a mentee.
#[derive(Debug, Clone)]
pub struct MentorMessage {
    pub id: Uuid,
    pub author: Uuid,
    pub author_name: String,
    pub body: String,
    pub at: OffsetDateTime,
}

/// A file in the resource library.
#[derive(Debug, Clone)]
pub struct Resource {
    pub id: Uuid,
    pub title: String,
    pub description: String,
    pub language: Language,
    pub module: Option<String>,
    pub kind: ResourceKind,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    /// Where the bytes are, in the file store.
    pub file: String,
    pub uploaded_by: Uuid,
    pub uploaded_by_name: String,
    pub created_at: OffsetDateTime,
    pub hidden: bool,
}

/// A thread title: required, one line, at most `TITLE_MAX` characters.
pub fn title(input: &str) -> Result<String, Invalid> {
    crate::text::required("title", input, TITLE_MAX)
}

/// A post's text: NFC, lines kept (paragraphs and quotes need them), trailing spaces and
/// runs of blank lines trimmed, at most `BODY_MAX` characters.
pub fn body(field: &'static str, input: &str) -> Result<String, Invalid> {
    let nfc: String = input.nfc().collect();
    let mut lines: Vec<&str> = Vec::new();
    for line in nfc.lines().map(str::trim_end) {
        if line.is_empty() && lines.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let text = lines.join("\n");
    if text.trim().is_empty() {
        return Err(Invalid::new(field, Problem::Required));
    }
    if text.chars().count() > BODY_MAX {
        return Err(Invalid::new(field, Problem::TooLong(BODY_MAX)));
    }
    Ok(text)
}

/// A moderator's or reporter's reason: required, at most `REASON_MAX` characters.
pub fn reason(input: &str) -> Result<String, Invalid> {
    crate::text::required("reason", input, REASON_MAX)
}

/// A block of a post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    Quote(Vec<Inline>),
}

/// A run inside a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    LineBreak,
    /// `/modules/{module}/lessons/{lesson}` written in the text.
    Lesson {
        module: String,
        lesson: String,
    },
    /// An `http://` or `https://` address.
    Link(String),
    Mention(MemberCode),
}

/// Reads a post's text into blocks: blank lines separate paragraphs, lines starting with `>`
/// are quoted.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut quoting = false;
    let flush = |out: &mut Vec<Block>, lines: &mut Vec<&str>, quote: bool| {
        if lines.is_empty() {
            return;
        }
        let mut inlines = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                inlines.push(Inline::LineBreak);
            }
            inlines.extend(inlines_of(line));
        }
        out.push(if quote {
            Block::Quote(inlines)
        } else {
            Block::Paragraph(inlines)
        });
        lines.clear();
    };
    for line in text.lines() {
        let quoted = line.strip_prefix('>');
        if line.trim().is_empty() || quoted.is_some() != quoting {
            flush(&mut out, &mut current, quoting);
        }
        quoting = quoted.is_some();
        let content = quoted.map(str::trim_start).unwrap_or(line);
        if !line.trim().is_empty() {
            current.push(content);
        }
    }
    flush(&mut out, &mut current, quoting);
    out
}

/// Splits one line into text, links, lesson links and mentions.
fn inlines_of(line: &str) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    let mut text = String::new();
    for (i, word) in line.split(' ').enumerate() {
        if i > 0 {
            text.push(' ');
        }
        // Punctuation after an address or a code ends it: "see /modules/x/lessons/y."
        let core = word.trim_end_matches(['.', ',', ')', '!', '?', ';', ':', '।']);
        let tail = &word[core.len()..];
        let special = if let Some(code) = core.strip_prefix('@') {
            MemberCode::parse("mention", code).ok().map(Inline::Mention)
        } else if core.starts_with("https://") || core.starts_with("http://") {
            (core.len() > 8).then(|| Inline::Link(core.to_string()))
        } else {
            lesson_path(core).map(|(module, lesson)| Inline::Lesson { module, lesson })
        };
        match special {
            Some(inline) => {
                if !text.is_empty() {
                    out.push(Inline::Text(std::mem::take(&mut text)));
                }
                out.push(inline);
                text.push_str(tail);
            }
            None => text.push_str(word),
        }
    }
    if !text.is_empty() {
        out.push(Inline::Text(text));
    }
    out
}

/// `/modules/{module}/lessons/{lesson}`, alone or after this academy's address.
fn lesson_path(word: &str) -> Option<(String, String)> {
    let path = &word[word.find("/modules/")?..];
    let rest = path.strip_prefix("/modules/")?;
    let (module, rest) = rest.split_once('/')?;
    let lesson = rest.strip_prefix("lessons/")?.trim_end_matches('/');
    let slug = |s: &str| {
        !s.is_empty()
            && s.len() <= 80
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    (slug(module) && slug(lesson) && path.len() == word.len() - word.find("/modules/")?)
        .then(|| (module.to_string(), lesson.to_string()))
}

/// The members a text names with `@CODE`, each once.
pub fn mentions(text: &str) -> Vec<MemberCode> {
    let mut out: Vec<MemberCode> = Vec::new();
    for block in blocks(text) {
        // Names inside a quote were mentioned by someone else already.
        let Block::Paragraph(inlines) = block else {
            continue;
        };
        for inline in inlines {
            if let Inline::Mention(code) = inline {
                if !out.contains(&code) {
                    out.push(code);
                }
            }
        }
    }
    out
}

/// The lines that quote `text` by `author` in a reply.
pub fn quote(author: &str, text: &str) -> String {
    let mut out = format!("> {author}:\n");
    for line in text.lines().filter(|l| !l.starts_with('>')) {
        out.push_str("> ");
        out.push_str(line);
        out.push('\n');
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_keep_paragraphs_but_not_blank_runs() {
        assert_eq!(
            body("body", "  one  \r\n\r\n\r\n\r\ntwo\n\n").unwrap(),
            "  one\n\ntwo"
        );
        assert_eq!(
            body("body", " \n \n").unwrap_err().problem,
            Problem::Required
        );
        let long = "क".repeat(BODY_MAX + 1);
        assert_eq!(
            body("body", &long).unwrap_err().problem,
            Problem::TooLong(BODY_MAX)
        );
    }

    #[test]
    fn quotes_paragraphs_links_and_mentions_are_read() {
        let text =
            "> Sunita:\n> dust hurts\n\nSee /modules/health-safety/lessons/dust-and-silicosis, \
                    ask @JH-0001234.\nhttps://ncw.nic.in";
        let blocks = blocks(text);
        assert_eq!(blocks.len(), 2);
        assert_eq!(
            blocks[0],
            Block::Quote(vec![
                Inline::Text("Sunita:".into()),
                Inline::LineBreak,
                Inline::Text("dust hurts".into())
            ])
        );
        let Block::Paragraph(p) = &blocks[1] else {
            panic!("a paragraph")
        };
        assert_eq!(p[0], Inline::Text("See ".into()));
        assert_eq!(
            p[1],
            Inline::Lesson {
                module: "health-safety".into(),
                lesson: "dust-and-silicosis".into()
            }
        );
        assert_eq!(p[2], Inline::Text(", ask ".into()));
        assert!(matches!(&p[3], Inline::Mention(c) if c.as_str() == "JH-0001234"));
        assert_eq!(p[4], Inline::Text(".".into()));
        assert_eq!(p[5], Inline::LineBreak);
        assert_eq!(p[6], Inline::Link("https://ncw.nic.in".into()));
    }

    #[test]
    fn mentions_inside_quotes_are_not_told_again() {
        let text = "> @JH-0000001 said so\n\n@JH-0000002 and @JH-0000002 and @XX-1";
        let codes: Vec<String> = mentions(text)
            .iter()
            .map(|c| c.as_str().to_string())
            .collect();
        assert_eq!(codes, ["JH-0000002"]);
    }

    #[test]
    fn a_quote_marks_every_line() {
        assert_eq!(
            quote("Asha", "one\n> old\ntwo"),
            "> Asha:\n> one\n> two\n\n"
        );
    }

    #[test]
    fn only_plain_lesson_paths_become_lesson_links() {
        assert!(lesson_path("/modules/a/lessons/b").is_some());
        assert!(lesson_path("https://academy.example/modules/a/lessons/b").is_some());
        assert!(lesson_path("/modules/a/lessons/b?x=<script>").is_none());
        assert!(lesson_path("/modules/A/lessons/b").is_none());
    }
}
