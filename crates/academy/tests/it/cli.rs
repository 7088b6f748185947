//! The command line: admin creation, the members CSV import and export.

use crate::common::{run_academy, Server};

const HEADER: &str = "member_code,full_name,phone,gender,birth_year,state,district,village,stakeholder_type,preferred_language,organisation\n";

fn write(dir: &std::path::Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn an_admin_created_on_the_command_line_can_sign_in() {
    let data = tempfile::tempdir().unwrap();
    let (ok, out, err) = run_academy(
        &[
            "admin",
            "create",
            "--name",
            "Meera Hansda",
            "--phone",
            "98765 43210",
        ],
        data.path(),
        Some("a long enough password\n"),
    );
    assert!(ok, "{err}");
    assert!(out.contains("JH-0000001"), "{out}");
    let (ok, _, err) = run_academy(
        &[
            "admin",
            "create",
            "--name",
            "Again",
            "--phone",
            "9876543210",
        ],
        data.path(),
        Some("another password\n"),
    );
    assert!(
        !ok && err.contains("--phone"),
        "a phone is used once: {err}"
    );
    let (ok, _, err) = run_academy(
        &[
            "admin",
            "create",
            "--name",
            "Short",
            "--phone",
            "9123456789",
        ],
        data.path(),
        Some("short\n"),
    );
    assert!(!ok && err.contains("at least 8"), "{err}");

    let server = Server::start_in(data, None, false);
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let admin = crate::common::signed_in(&server, "JH-0000001", "a long enough password").await;
        let roles = admin
            .get(server.url("/admin/members"))
            .send()
            .await
            .unwrap();
        assert_eq!(roles.status(), 200);
    });
}

#[test]
fn importing_a_file_with_bad_rows_reports_each_and_writes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let file = write(
        data.path(),
        "members.csv",
        &format!(
            "\u{feff}{HEADER}\
             ,Sunita Murmu,9876543210,woman,1990,JH,Pakur,Malpahari,miner,hi,Maa Durga SHG\n\
             ,,12345,female,1890,XX,Pakur,,digger,fr,\n\
             ,Anita Devi,98765 43210,woman,,BR,Nawada,,miner,hi,\n\
             JH-12,Rani Soren,,woman,,JH,,,miner,hi,\n"
        ),
    );
    let (ok, _, err) = run_academy(
        &["import", "members", file.to_str().unwrap()],
        data.path(),
        None,
    );
    assert!(!ok, "a file with bad rows fails");
    for expected in [
        "row 3, column full_name",
        "row 3, column phone: \"12345\"",
        "row 3, column gender: \"female\"",
        "row 3, column birth_year",
        "row 3, column state: \"XX\"",
        "row 3, column stakeholder_type: \"digger\"",
        "row 3, column preferred_language: \"fr\"",
        "row 4, column phone: +91 98765 43210 is also in row 2",
        "row 5, column member_code: \"JH-12\"",
        "nothing was imported",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    assert!(
        !err.contains("row 2,"),
        "the good row has no message:\n{err}"
    );
    let (ok, out, _) = run_academy(&["export", "members"], data.path(), None);
    assert!(ok);
    assert_eq!(out, HEADER, "nothing was written");
}

#[test]
fn a_file_with_an_unknown_column_is_refused_before_any_row() {
    let data = tempfile::tempdir().unwrap();
    let file = write(
        data.path(),
        "m.csv",
        "full_name,phone,shoe_size\nAsha,,38\n",
    );
    let (ok, _, err) = run_academy(
        &["import", "members", file.to_str().unwrap()],
        data.path(),
        None,
    );
    assert!(!ok);
    assert!(
        err.contains("row 1, column shoe_size: unknown column"),
        "{err}"
    );
    assert!(
        err.contains("row 1, column gender: this column is missing"),
        "{err}"
    );
}

#[test]
fn export_then_import_round_trips_and_a_second_import_updates() {
    let first = tempfile::tempdir().unwrap();
    let file = write(
        first.path(),
        "members.csv",
        &format!(
            "{HEADER}\
             ,प्रियंका मुर्मू,9876543210,woman,1990,JH,Koderma,Domchanch,miner,hi,Maa Durga SHG; Association of Female Miners — Koderma\n\
             ,ପ୍ରିୟଙ୍କା ମୁର୍ମୁ,,woman,1985,OD,Kalahandi,Junagarh,miner,or,\n\
             OD-0000100,\"Das, Bimal\",9123456789,man,1979,Odisha,Keonjhar,,value_chain_agent,en,Keonjhar Traders\n\
             ,প্রিয়াঙ্কা মুর্মু,,unstated,,wb,Birbhum,Nalhati,community_leader,bn,\n"
        ),
    );
    let (ok, out, err) = run_academy(
        &["import", "members", file.to_str().unwrap()],
        first.path(),
        None,
    );
    assert!(ok, "{err}");
    assert!(
        out.contains("4 new member(s), 0 updated, 3 new organisation(s)"),
        "{out}"
    );
    let (ok, exported, _) = run_academy(&["export", "members"], first.path(), None);
    assert!(ok);
    assert!(exported.starts_with(HEADER));
    assert!(
        exported.contains("OD-0000101,ପ୍ରିୟଙ୍କା ମୁର୍ମୁ"),
        "new codes continue after a given one:\n{exported}"
    );
    assert!(exported.contains("\"Das, Bimal\""));

    let second = tempfile::tempdir().unwrap();
    let copy = write(second.path(), "export.csv", &exported);
    let (ok, _, err) = run_academy(
        &["import", "members", copy.to_str().unwrap()],
        second.path(),
        None,
    );
    assert!(ok, "{err}");
    let (_, again, _) = run_academy(&["export", "members"], second.path(), None);
    assert_eq!(
        again, exported,
        "export → import → export gives the same file"
    );

    let changed = exported
        .replace("Keonjhar Traders", "Keonjhar Traders; Maa Durga SHG")
        .replace(",1979,", ",1980,");
    let changed_file = write(second.path(), "changed.csv", &changed);
    let (ok, out, err) = run_academy(
        &["import", "members", changed_file.to_str().unwrap()],
        second.path(),
        None,
    );
    assert!(ok, "{err}");
    assert!(
        out.contains("0 new member(s), 4 updated, 0 new organisation(s)"),
        "{out}"
    );
    let (_, after, _) = run_academy(&["export", "members"], second.path(), None);
    assert!(
        after.contains(",1980,") && after.contains("Keonjhar Traders; Maa Durga SHG"),
        "{after}"
    );
}

#[test]
fn an_import_refuses_a_phone_that_belongs_to_someone_else() {
    let data = tempfile::tempdir().unwrap();
    let one = write(
        data.path(),
        "one.csv",
        &format!("{HEADER},Asha,9876543210,woman,,JH,,,miner,hi,\n"),
    );
    assert!(
        run_academy(
            &["import", "members", one.to_str().unwrap()],
            data.path(),
            None
        )
        .0
    );
    let two = write(data.path(), "two.csv", &format!("{HEADER},Bimla,9123456789,woman,,JH,,,miner,hi,\n,Chanda,98765-43210,woman,,JH,,,miner,hi,\n"));
    let (ok, _, err) = run_academy(
        &["import", "members", two.to_str().unwrap()],
        data.path(),
        None,
    );
    assert!(!ok);
    assert!(
        err.contains("row 3, column phone: +91 98765 43210 already belongs to member JH-0000001"),
        "{err}"
    );
    let (_, out, _) = run_academy(&["export", "members"], data.path(), None);
    assert_eq!(out.lines().count(), 2, "Bimla was not written either");
}

#[test]
fn settings_come_from_a_toml_file_then_the_environment_then_flags() {
    let dir = tempfile::tempdir().unwrap();
    let from_file = dir.path().join("from-file");
    let from_env = dir.path().join("from-env");
    let config = write(
        dir.path(),
        "academy.toml",
        &format!("data = {:?}\n", from_file.display().to_string()),
    );
    let migrate = |env: Option<&std::path::Path>| {
        let mut cmd = std::process::Command::new(crate::common::academy_bin());
        cmd.args(["migrate", "--config"])
            .arg(&config)
            .env_remove("ACADEMY_DATABASE_URL")
            .env_remove("ACADEMY_DATA");
        if let Some(path) = env {
            cmd.env("ACADEMY_DATA", path);
        }
        cmd.output().unwrap()
    };
    assert!(migrate(None).status.success());
    assert!(
        from_file.join("academy.db").exists(),
        "the file's data folder is used"
    );
    assert!(migrate(Some(&from_env)).status.success());
    assert!(
        from_env.join("academy.db").exists(),
        "the environment overrides the file"
    );

    let missing = std::process::Command::new(crate::common::academy_bin())
        .args(["migrate", "--config", "/nonexistent/academy.toml"])
        .output()
        .unwrap();
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("does not exist"));
}

#[test]
fn keys_rotate_and_old_ones_stay_published() {
    let data = tempfile::tempdir().unwrap();
    let (ok, first, err) = run_academy(&["keys", "list"], data.path(), None);
    assert!(ok, "{err}");
    assert!(
        first.starts_with("key-1\tz6Mk"),
        "a key is made on first use: {first}"
    );
    let (ok, both, err) = run_academy(&["keys", "rotate"], data.path(), None);
    assert!(ok && err.contains("New signing key 2"), "{err}");
    assert!(both.starts_with(&first), "the old key is kept: {both}");
    assert!(both.lines().nth(1).unwrap().starts_with("key-2\tz6Mk"));
}
