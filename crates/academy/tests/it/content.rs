//! The curriculum files: the built-in content is valid, the checker names file and line, and
//! an import publishes a new version atomically while learners keep their records.

use crate::common::{academy_bin, run_academy, signed_in, text_of, Server};

/// `academy content check DIR`: (success, standard error).
fn check(dir: &std::path::Path) -> (bool, String) {
    let out = std::process::Command::new(academy_bin())
        .args(["content", "check"])
        .arg(dir)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn content_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for (path, bytes) in academy_content::read_dir(from).unwrap() {
        let target = to.join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, bytes).unwrap();
    }
}

#[test]
fn the_built_in_curriculum_passes_the_check_with_english_and_hindi_complete() {
    let dir = content_dir();
    let (ok, err) = check(&dir);
    assert!(ok, "{err}");
    assert!(
        err.contains("15 modules") && err.contains("0 error(s)"),
        "{err}"
    );
    assert!(
        !err.contains("no hi translation"),
        "Hindi is complete:\n{err}"
    );
    let report = academy_content::load(&academy_content::read_dir(&dir).unwrap());
    for m in &report.curriculum.modules {
        assert!(
            !m.pre_test.questions.is_empty() && !m.post_test.questions.is_empty(),
            "{} has both tests",
            m.id
        );
        assert!(m.current_lessons().count() >= 1, "{} has lessons", m.id);
    }
}

#[test]
fn the_checker_reports_each_error_with_its_file_and_line() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("content");
    copy_dir(&content_dir(), &dir);
    let module = dir.join("modules/09-financial-literacy");
    let pre = std::fs::read_to_string(module.join("pre-test.en.toml")).unwrap();
    std::fs::write(
        module.join("pre-test.en.toml"),
        pre.replacen(", correct = true", "", 1),
    )
    .unwrap();
    let lesson = module.join("lessons/bank-account.en.md");
    let text = std::fs::read_to_string(&lesson).unwrap();
    std::fs::write(
        &lesson,
        format!("{text}\n![A picture](../images/missing.svg)\n"),
    )
    .unwrap();
    let (ok, err) = check(&dir);
    assert!(!ok, "errors make the check fail");
    let line_of = |needle: &str| {
        err.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no {needle:?} in:\n{err}"))
            .to_string()
    };
    let no_answer = line_of("exactly one correct option");
    assert!(
        no_answer.starts_with(&format!("{}:", module.join("pre-test.en.toml").display())),
        "{no_answer}"
    );
    let missing = line_of("missing.svg does not exist");
    let expected_line = text.lines().count() + 2;
    assert!(
        missing.contains(&format!("bank-account.en.md:{expected_line}:")),
        "{missing} (line {expected_line})"
    );
}

#[test]
fn an_import_publishes_a_new_version_and_removed_lessons_are_retired() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("content");
    copy_dir(&content_dir(), &dir);
    let data = tempfile::tempdir().unwrap();
    let (ok, out, err) = run_academy(
        &["content", "import", dir.to_str().unwrap()],
        data.path(),
        None,
    );
    assert!(ok, "{err}");
    assert!(out.contains("Published content version 1"), "{out}");
    let (ok, out, _) = run_academy(
        &["content", "import", dir.to_str().unwrap()],
        data.path(),
        None,
    );
    assert!(ok && out.contains("already published"), "{out}");

    // Remove a lesson: the new version keeps it, retired.
    let module = dir.join("modules/10-technology");
    let toml = std::fs::read_to_string(module.join("module.toml")).unwrap();
    std::fs::write(
        module.join("module.toml"),
        toml.replace(", \"phone-for-help\"", "")
            .replace("\"phone-for-help\", ", ""),
    )
    .unwrap();
    for lang in ["en", "hi"] {
        std::fs::remove_file(module.join(format!("lessons/phone-for-help.{lang}.md"))).unwrap();
        let _ = std::fs::remove_file(module.join(format!("checks/phone-for-help.{lang}.toml")));
    }
    let (ok, out, err) = run_academy(
        &["content", "import", dir.to_str().unwrap()],
        data.path(),
        None,
    );
    assert!(ok, "{err}");
    assert!(out.contains("version 2"), "{out}");

    let server = Server::start_in(data, None, true);
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let c = signed_in(&server, "9100000006", "academy-demo").await;
        c.get(server.url("/lang/en")).send().await.unwrap();
        let overview = text_of(&c, server.url("/modules/technology")).await;
        assert!(
            !overview.contains("phone-for-help"),
            "a retired lesson is no longer asked for"
        );
        let retired = c
            .get(server.url("/modules/technology/lessons/phone-for-help"))
            .send()
            .await
            .unwrap();
        assert_eq!(retired.status(), 200, "but it can still be read");
        assert!(retired
            .text()
            .await
            .unwrap()
            .contains("no longer part of the module"));
    });

    let broken = work.path().join("broken");
    copy_dir(&dir, &broken);
    std::fs::write(
        broken.join("modules/10-technology/module.toml"),
        "id = \"technology\"\nnumber = \n",
    )
    .unwrap();
    let (ok, out, err) = run_academy(
        &["content", "import", broken.to_str().unwrap()],
        server.data.path(),
        None,
    );
    assert!(
        !ok && err.contains("module.toml:2:") && err.contains("nothing was published"),
        "{out}{err}"
    );
}

/// The rules the lesson writers follow (issue: the academy's curriculum), checked on the
/// built-in content so that a later edit cannot quietly break them.
#[test]
fn every_module_follows_the_writing_rules() {
    use academy_domain::Language;
    let report = academy_content::load(&academy_content::read_dir(&content_dir()).unwrap());
    let words = |html: &str| {
        let mut text = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    text.push(' ');
                }
                _ if !in_tag => text.push(c),
                _ => {}
            }
        }
        text.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    assert_eq!(report.curriculum.modules.len(), 15);
    for m in &report.curriculum.modules {
        let lessons: Vec<_> = m.current_lessons().collect();
        assert!(
            (3..=6).contains(&lessons.len()),
            "{}: 3 to 6 lessons, has {}",
            m.id,
            lessons.len()
        );
        for test in [&m.pre_test, &m.post_test] {
            assert!(
                (8..=12).contains(&test.questions.len()),
                "{}: tests have 8 to 12 questions",
                m.id
            );
        }
        let pre: Vec<_> = m.pre_test.questions.iter().map(|q| &q.text).collect();
        assert!(
            m.post_test
                .questions
                .iter()
                .all(|q| !pre.contains(&&q.text)),
            "{}: the two tests ask different questions",
            m.id
        );
        let mut languages = vec![Language::En, Language::Hi];
        if m.id == "health-safety" || m.id == "gender-gbv" {
            languages.extend([Language::Or, Language::Bn]);
        }
        for l in &lessons {
            assert!(
                (2..=3).contains(&l.check.questions.len()),
                "{}/{}: a check of 2 or 3 questions",
                m.id,
                l.slug
            );
            for lang in &languages {
                let body = l
                    .body
                    .0
                    .get(lang)
                    .unwrap_or_else(|| panic!("{}/{} in {lang}", m.id, l.slug));
                let n = words(body);
                assert!(
                    (300..=720).contains(&n),
                    "{}/{} ({lang}): {n} words",
                    m.id,
                    l.slug
                );
                assert!(
                    !l.key_points.0[lang].is_empty(),
                    "{}/{} ({lang}): key points",
                    m.id,
                    l.slug
                );
                assert!(
                    !l.sources.0[lang].is_empty(),
                    "{}/{} ({lang}): sources",
                    m.id,
                    l.slug
                );
                if m.id == "gender-gbv" {
                    assert!(
                        body.contains("112"),
                        "{}/{} ({lang}): every GBV lesson gives the 112 helpline",
                        m.id,
                        l.slug
                    );
                }
            }
        }
    }
}
