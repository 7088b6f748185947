//! Shared test parts: fresh databases on both backends, and the real `academy` binary
//! serving on a free loopback port.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;

use academy_store::Store;

/// The PostgreSQL server tests may use, if any.
pub fn postgres_url() -> Option<String> {
    std::env::var("ACADEMY_TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.trim().is_empty())
}

/// A database of its own for one test; a PostgreSQL one is dropped by `finish`.
pub struct TestDb {
    pub url: String,
    pub store: Arc<dyn Store>,
    _dir: Option<tempfile::TempDir>,
    pg_name: Option<String>,
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("academy.db").display());
        let store = academy_store::open(&url).await.expect("open sqlite");
        TestDb {
            url,
            store,
            _dir: Some(dir),
            pg_name: None,
        }
    }

    /// None when no PostgreSQL server is configured.
    pub async fn postgres() -> Option<TestDb> {
        let admin = postgres_url()?;
        let name = format!("academy_test_{}", uuid::Uuid::now_v7().simple());
        exec_pg(&admin, &format!("CREATE DATABASE {name}")).await;
        let url = with_database(&admin, &name);
        let store = academy_store::open(&url).await.expect("open postgres");
        Some(TestDb {
            url,
            store,
            _dir: None,
            pg_name: Some(name),
        })
    }

    /// Drops the PostgreSQL database (a failed test leaves it behind for a look).
    pub async fn finish(self) {
        let TestDb { store, pg_name, .. } = self;
        drop(store);
        if let (Some(name), Some(admin)) = (pg_name, postgres_url()) {
            exec_pg(
                &admin,
                &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            )
            .await;
        }
    }
}

async fn exec_pg(url: &str, sql: &str) {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(url)
        .await
        .expect("connect to the test PostgreSQL server");
    sqlx::query(sql).execute(&mut conn).await.expect(sql);
}

/// The same server URL with another database name.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let host_part = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    format!("{host_part}/{name}{query}")
}

/// Runs a storage test body on SQLite, and on PostgreSQL when one is configured.
#[macro_export]
macro_rules! on_both_databases {
    ($(async fn $name:ident($store:ident) $body:block)*) => {
        mod sqlite {
            #[allow(unused_imports)]
            use super::*;
            $(
                #[tokio::test]
                async fn $name() {
                    let db = $crate::common::TestDb::sqlite().await;
                    {
                        let $store: &dyn academy_store::Store = db.store.as_ref();
                        $body
                    }
                    db.finish().await;
                }
            )*
        }
        mod postgres {
            #[allow(unused_imports)]
            use super::*;
            $(
                #[tokio::test]
                async fn $name() {
                    let Some(db) = $crate::common::TestDb::postgres().await else {
                        eprintln!("ACADEMY_TEST_DATABASE_URL is not set: PostgreSQL part not run");
                        return;
                    };
                    {
                        let $store: &dyn academy_store::Store = db.store.as_ref();
                        $body
                    }
                    db.finish().await;
                }
            )*
        }
    };
}

pub fn academy_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_academy"))
}

/// A running `academy serve`, stopped when dropped.
pub struct Server {
    pub base: String,
    child: Child,
    pub data: tempfile::TempDir,
    /// Everything the server logged (at `info`), to check what it tells about people.
    pub log: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Server {
    /// Starts the real binary on a free port with the demo academy, on SQLite in a fresh data
    /// folder, or on `database_url` when given.
    pub fn start(database_url: Option<&str>) -> Server {
        let data = tempfile::tempdir().expect("temp dir");
        Self::start_in(data, database_url, true)
    }

    /// The full demo (about 2,400 members with their learning), for tests about its size.
    pub fn start_full_demo() -> Server {
        let data = tempfile::tempdir().expect("temp dir");
        Self::launch(data, None, Some(2400))
    }

    /// A small demo (300 members) unless `demo` is false: enough for every role's story,
    /// quick to load.
    pub fn start_in(data: tempfile::TempDir, database_url: Option<&str>, demo: bool) -> Server {
        Self::launch(data, database_url, demo.then_some(300))
    }

    /// Kills the server (SIGKILL, as a crash) and starts it again on the same data folder.
    pub fn crash_and_restart(&mut self) {
        self.kill();
        let data = std::mem::replace(&mut self.data, tempfile::tempdir().expect("temp dir"));
        let (child, base, log) = Self::spawn(data.path(), None, None);
        self.child = child;
        self.base = base;
        self.data = data;
        self.log = log;
    }

    fn launch(data: tempfile::TempDir, database_url: Option<&str>, demo: Option<usize>) -> Server {
        let (child, base, log) = Self::spawn(data.path(), database_url, demo);
        Server {
            base,
            child,
            data,
            log,
        }
    }

    fn spawn(
        data: &std::path::Path,
        database_url: Option<&str>,
        demo: Option<usize>,
    ) -> (Child, String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
        let mut cmd = Command::new(academy_bin());
        cmd.args(["serve", "--listen", "127.0.0.1:0", "--data"])
            .arg(data);
        if let Some(url) = database_url {
            cmd.args(["--database-url", url]);
        }
        if let Some(members) = demo {
            cmd.args(["--demo", "--demo-members", &members.to_string()]);
        }
        cmd.env_remove("ACADEMY_DATABASE_URL")
            .env("ACADEMY_LOG", "info")
            .stderr(Stdio::piped())
            .stdout(Stdio::null());
        let mut child = cmd.spawn().expect("start academy serve");
        let stderr = child.stderr.take().expect("stderr");
        let mut lines = BufReader::new(stderr).lines();
        let base = loop {
            let line = lines
                .next()
                .expect("the server printed its address")
                .expect("read stderr");
            if let Some(rest) = line.strip_prefix("The academy is open at ") {
                break rest.trim_end_matches('/').to_string();
            }
        };
        // Keep draining stderr so that the server never blocks on a full pipe.
        // (`ACADEMY_TEST_SERVER_LOG=1` shows it, to look into a failure.)
        let show = std::env::var_os("ACADEMY_TEST_SERVER_LOG").is_some();
        let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let kept = log.clone();
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                kept.lock().unwrap().push(line.clone());
                if show {
                    eprintln!("server: {line}");
                }
            }
        });
        (child, base, log)
    }

    /// Stops the server as a crash would (SIGKILL), keeping its data folder.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A browser-like client: keeps cookies, does not follow redirects (tests look at them).
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// The value of `<input name="csrf_token" value="…">` in a page.
pub fn csrf_token(html: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html
        .find(marker)
        .expect("the page has a form with a CSRF token")
        + marker.len();
    html[start..start + 32].to_string()
}

/// Signs in and returns the client holding the session.
pub async fn signed_in(server: &Server, login: &str, password: &str) -> reqwest::Client {
    let client = client();
    let page = client
        .get(server.url("/sign-in"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf_token(&page);
    let response = client
        .post(server.url("/sign-in"))
        .form(&[
            ("login", login),
            ("password", password),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303, "sign-in as {login} succeeds");
    client
}

/// Runs `academy` with arguments, optional standard input; returns (status ok, stdout, stderr).
pub fn run_academy(args: &[&str], data: &Path, stdin: Option<&str>) -> (bool, String, String) {
    use std::io::Write;
    let mut cmd = Command::new(academy_bin());
    cmd.args(args)
        .arg("--data")
        .arg(data)
        .env_remove("ACADEMY_DATABASE_URL")
        .env("ACADEMY_LOG", "warn");
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run academy");
    {
        let mut input = child.stdin.take().expect("stdin");
        if let Some(text) = stdin {
            input.write_all(text.as_bytes()).expect("write stdin");
        }
    }
    let out = child.wait_with_output().expect("academy finished");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The text of the page at `url`.
pub async fn text_of(client: &reqwest::Client, url: impl reqwest::IntoUrl) -> String {
    client
        .get(url)
        .send()
        .await
        .expect("the server answers")
        .text()
        .await
        .expect("a text page")
}

/// The status the page at `url` answers with.
pub async fn status_of(
    client: &reqwest::Client,
    url: impl reqwest::IntoUrl,
) -> reqwest::StatusCode {
    client
        .get(url)
        .send()
        .await
        .expect("the server answers")
        .status()
}

/// The path segment after `prefix` in a page's first such link (`href="/cohorts/…"`),
/// skipping "new" pages: the id of the first item a list shows.
pub fn first_link(html: &str, prefix: &str) -> String {
    html.split(&format!("href=\"{prefix}"))
        .skip(1)
        .find(|rest| !rest.starts_with("new"))
        .unwrap_or_else(|| panic!("no link to {prefix} in the page"))
        .split('"')
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Runs the independent verifier (`tests/verifier`, Node with the digitalbazaar libraries)
/// on a credential, the academy's DID document and its status list: (verified, what it said).
pub fn independent_check(
    credential: &std::path::Path,
    did: &std::path::Path,
    list: &std::path::Path,
) -> (bool, String) {
    let verifier = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/verifier");
    assert!(
        verifier.join("node_modules/@digitalbazaar/vc").exists(),
        "the independent verifier is not installed: run `npm ci --prefix tests/verifier` (see the README)"
    );
    let out = std::process::Command::new("node")
        .arg(verifier.join("verify.mjs"))
        .arg(credential)
        .arg("--did")
        .arg(did)
        .arg("--status-list")
        .arg(list)
        .output()
        .expect("node runs (apt-get install nodejs npm)");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), said)
}
