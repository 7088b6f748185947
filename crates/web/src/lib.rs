//! The web front: server-rendered pages, small enough for 2G and cheap phones, usable with
//! JavaScript off, in English, Hindi, Odia and Bengali. Handlers are thin: they check input
//! with the domain's rules and call the `Store`.

use std::net::SocketAddr;
use std::sync::Arc;

use academy_store::Store;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;

pub mod api;
pub mod assets;
pub mod auth;
pub mod cache;
pub mod context;
pub mod csrf;
pub mod curriculum;
pub mod error;
pub mod field_import;
pub mod files;
pub mod frame;
pub mod i18n;
pub mod lrs;
pub mod members_import;
mod pages;
pub use pages::sync::{new_token, token_hash};
pub mod paper;
pub mod security;
pub mod sync_client;
pub mod tables;

pub use context::Ctx;
pub use error::WebError;

/// What every handler can reach. Axum clones it for every request (more than once): one
/// shared count to bump, not one per field, which the two cores fought over.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// The parts of [`AppState`].
#[derive(Clone)]
pub struct Shared {
    pub store: Arc<dyn Store>,
    pub catalogue: Arc<curriculum::Catalogue>,
    pub caches: Arc<cache::Caches>,
    /// Cookies carry `Secure` unless the academy listens on loopback (plain HTTP there).
    pub secure_cookies: bool,
    /// The academy as the signer of credentials.
    pub issuer: Arc<academy_credentials::Issuer>,
    /// Uploaded files: the library and pictures in posts.
    pub files: Arc<files::Files>,
    /// One copy of the academy's own records into the LRS at a time.
    pub lrs_copy: Arc<tokio::sync::Mutex<()>>,
    /// What the privacy notice says of contact and retention.
    pub privacy: Arc<Privacy>,
    /// One write of an LRS document at a time (each checks the last).
    pub lrs_documents: Arc<tokio::sync::Mutex<()>>,
}

impl AppState {
    pub fn new(
        store: Arc<dyn Store>,
        catalogue: Arc<curriculum::Catalogue>,
        secure_cookies: bool,
        issuer: academy_credentials::Issuer,
        files: files::Files,
    ) -> Self {
        AppState(Arc::new(Shared {
            store,
            catalogue,
            caches: Arc::default(),
            secure_cookies,
            issuer: Arc::new(issuer),
            files: Arc::new(files),
            lrs_copy: Arc::default(),
            lrs_documents: Arc::default(),
            privacy: Arc::new(Privacy {
                contact: None,
                retention_years: 3,
            }),
        }))
    }

    pub fn with_privacy(mut self, privacy: Privacy) -> Self {
        Arc::make_mut(&mut self.0).privacy = Arc::new(privacy);
        self
    }
}

/// The academy's privacy settings, as the notice states them.
#[derive(Debug, Clone)]
pub struct Privacy {
    /// Where members write about their data; the notice says "your facilitator" without it.
    pub contact: Option<String>,
    /// Years without activity after which an account is erased; 0 for never.
    pub retention_years: u32,
}

/// The whole site.
pub fn router(state: AppState) -> Router {
    let https = state.secure_cookies;
    let sessions = auth::session_layer(
        state.store.clone(),
        state.caches.clone(),
        state.secure_cookies,
    );
    Router::new()
        .route("/", get(pages::home::show_home))
        .route("/healthz", get(pages::home::health))
        .route(
            "/.well-known/did.json",
            get(pages::credentials::did_document),
        )
        .route(
            "/credentials/status/1",
            get(pages::credentials::status_list),
        )
        .route(
            "/sign-in",
            get(pages::sign_in::show_sign_in).post(pages::sign_in::sign_in),
        )
        .route("/sign-out", post(pages::sign_in::sign_out))
        .route("/lang/{lang}", get(pages::home::choose_language))
        .route("/privacy", get(pages::privacy::show_notice))
        .route("/me/data", get(pages::my_data::show_my_data))
        .route("/me/data.json", get(pages::my_data::my_data_json))
        .route("/me/erase", post(pages::my_data::erase_me))
        .route(
            "/me/consent/withdraw",
            post(pages::my_data::withdraw_consent),
        )
        .route("/sign-in/card", get(pages::cards::card_sign_in_form))
        .route("/sign-in/pin", post(pages::cards::sign_in_with_pin))
        .route("/card/{code}/{version}", get(pages::cards::open_card))
        .route("/members/{id}/card", get(pages::cards::show_card))
        .route("/members/{id}/pin", post(pages::cards::set_pin))
        .route(
            "/members/{id}/card/reissue",
            post(pages::cards::reissue_card),
        )
        .route("/me", get(pages::me::show_me))
        .route("/me/password", post(pages::me::change_password))
        .route("/admin/members", get(pages::members::list_members))
        .route(
            "/admin/members/new",
            get(pages::members::new_member).post(pages::members::create_member),
        )
        .route(
            "/admin/members/{id}",
            get(pages::members::show_member).post(pages::members::update_member),
        )
        .route(
            "/admin/members/{id}/roles",
            post(pages::members::update_roles),
        )
        .route(
            "/admin/members/{id}/organisations",
            post(pages::members::join_organisation),
        )
        .route(
            "/admin/organisations",
            get(pages::organisations::list_organisations),
        )
        .route(
            "/admin/organisations/new",
            get(pages::organisations::new_organisation)
                .post(pages::organisations::create_organisation),
        )
        .route(
            "/admin/organisations/{id}/edit",
            get(pages::organisations::edit_organisation)
                .post(pages::organisations::update_organisation),
        )
        .route(
            "/organisations/{id}",
            get(pages::organisations::show_organisation),
        )
        .route("/modules", get(pages::learn::show_catalogue))
        .route("/modules/{module}", get(pages::learn::show_module))
        .route(
            "/modules/{module}/offline.json",
            get(pages::learn::offline_list),
        )
        .route("/offline", get(pages::learn::show_offline))
        .route("/sw.js", get(assets::learner_service_worker))
        .route(
            "/modules/{module}/lessons/{lesson}",
            get(pages::learn::show_lesson),
        )
        .route(
            "/modules/{module}/lessons/{lesson}/done",
            post(pages::learn::complete_lesson),
        )
        .route(
            "/modules/{module}/lessons/{lesson}/check",
            get(pages::quiz::show_check).post(pages::quiz::submit_check),
        )
        .route(
            "/modules/{module}/tests/{test}",
            get(pages::quiz::show_test).post(pages::quiz::submit_test),
        )
        .route("/results/{attempt}", get(pages::quiz::show_result))
        .route("/media/{name}", get(assets::serve_media))
        .route("/facilitate", get(pages::field::show_dashboard))
        .route(
            "/cohorts/new",
            get(pages::field::new_cohort).post(pages::field::create_cohort),
        )
        .route("/cohorts/{id}", get(pages::field::show_cohort))
        .route("/admin/audit", get(pages::audit::show_audit))
        .route("/admin/audit.csv", get(pages::audit::export_audit))
        .route(
            "/admin/api",
            get(pages::api_tokens::show_tokens).post(pages::api_tokens::create_token),
        )
        .route(
            "/admin/api/{id}/revoke",
            post(pages::api_tokens::revoke_token),
        )
        .route("/admin/xapi", post(pages::api_tokens::create_credential))
        .route(
            "/admin/xapi/{id}/revoke",
            post(pages::api_tokens::revoke_credential),
        )
        .route(
            "/cohorts/{id}/certificates",
            post(pages::field::issue_certificates),
        )
        .route(
            "/cohorts/{id}/members",
            post(pages::field::change_cohort_members),
        )
        .route(
            "/cohorts/{id}/sessions/new",
            get(pages::sessions::new_session).post(pages::sessions::create_session),
        )
        .route("/sessions/{id}", get(pages::sessions::show_session))
        .route(
            "/sessions/{id}/attendance",
            post(pages::sessions::take_attendance),
        )
        .route(
            "/sessions/{id}/roster.pdf",
            get(pages::printouts::roster_pdf),
        )
        .route(
            "/sessions/{id}/csv/{file}",
            get(pages::sessions::csv_template),
        )
        .route(
            "/sessions/{id}/tests/{test}/answers/{member}",
            get(pages::paper_tests::show_paper_answers)
                .post(pages::paper_tests::enter_paper_answers),
        )
        .route(
            "/sessions/{id}/upload/{sheet}",
            post(pages::sessions::upload_csv),
        )
        .route(
            "/sessions/{id}/tests/{test}/sheet.pdf",
            get(pages::printouts::answer_sheet_pdf),
        )
        .route("/sessions/{id}/walk-in", post(pages::sessions::add_walk_in))
        .route(
            "/sessions/{id}/tests/{test}",
            get(pages::paper_tests::show_group_test).post(pages::paper_tests::enter_group_test),
        )
        .route(
            "/organisations/{id}/report",
            get(pages::reports::show_organisation_report),
        )
        .route("/reports", get(pages::reports::show_reports))
        .route("/reports/indicators", get(pages::reports::show_definitions))
        .route("/reports/export/{table}", get(pages::report_tables::export))
        .route(
            "/reports/donor",
            get(pages::report_tables::show_donor_table),
        )
        .route("/verify/offline", get(pages::certificates::verify_offline))
        .route("/verify/sw.js", get(assets::verify_service_worker))
        .route("/verify/{id}", get(pages::certificates::verify))
        .route(
            "/verify/{id}/credential.json",
            get(pages::certificates::credential_json),
        )
        .route(
            "/certificates/{id}/pdf",
            get(pages::certificates::certificate_pdf),
        )
        .route(
            "/certificates/{id}/png",
            get(pages::certificates::certificate_png),
        )
        .route(
            "/certificates/{id}/revoke",
            post(pages::certificates::revoke),
        )
        .route("/static/{file}", get(assets::serve_asset))
        .route("/admin/sync", get(pages::sync::show_sync))
        .route("/admin/sync/nodes", post(pages::sync::register_node))
        .route(
            "/admin/sync/nodes/{id}/revoke",
            post(pages::sync::revoke_node),
        )
        .route("/admin/sync/peer", post(pages::sync::set_peer))
        .route("/admin/sync/now", post(pages::sync::sync_now))
        .route(
            "/admin/sync/duplicates",
            post(pages::sync::resolve_duplicate),
        )
        .merge(exchange_routes())
        .merge(api::router())
        .merge(lrs::router())
        .merge(pages::sync::api())
        .fallback(pages::home::not_found)
        .layer(axum::middleware::from_fn(move |request, next| {
            frame::frame(https, request, next)
        }))
        .layer(sessions)
        .layer(DefaultBodyLimit::max(64 * 1024))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            std::time::Duration::from_secs(30),
        ))
        .with_state(state)
}

/// The knowledge exchange: forums, questions, moderation, notices, search, library, mentoring.
fn exchange_routes() -> Router<AppState> {
    use pages::{forum, library, mentoring, moderation};
    // Forms that carry a picture or a library file need more room than the default.
    let pictures = DefaultBodyLimit::max(forum::POST_IMAGE_MAX + 64 * 1024);
    Router::new()
        .route("/forums", get(forum::show_forums))
        .route("/forums/{id}", get(forum::show_forum))
        .route(
            "/forums/{id}/new",
            get(forum::new_thread)
                .post(forum::create_thread)
                .layer(pictures),
        )
        .route("/questions", get(forum::show_questions))
        .route("/threads/{id}", get(forum::show_thread))
        .route("/threads/{id}/reply", post(forum::reply).layer(pictures))
        .route("/threads/{id}/accept", post(forum::accept))
        .route("/threads/{id}/reveal", post(moderation::reveal))
        .route("/posts/{id}/image", get(forum::post_image))
        .route(
            "/posts/{id}/report",
            get(forum::report_form).post(forum::report),
        )
        .route("/posts/{id}/moderate", post(moderation::moderate))
        .route("/moderation", get(moderation::show_moderation))
        .route("/moderation/mute", post(moderation::mute))
        .route("/moderation/unmute", post(moderation::unmute))
        .route("/moderation/settings", post(moderation::set_hold))
        .route("/notices", get(pages::notices::show_notices))
        .route("/search", get(pages::search::show_search))
        .route("/library", get(library::show_library))
        .route(
            "/library/new",
            get(library::new_resource)
                .post(library::create_resource)
                .layer(DefaultBodyLimit::max(library::UPLOAD_BODY_MAX)),
        )
        .route("/library/{id}", get(library::show_resource))
        .route("/library/{id}/file", get(library::resource_file))
        .route("/library/{id}/hide", post(library::hide_resource))
        .route("/mentoring", get(mentoring::show_mentoring))
        .route("/mentoring/pairs", post(mentoring::create_pair))
        .route("/mentoring/{id}", get(mentoring::show_pair))
        .route("/mentoring/{id}/messages", post(mentoring::send_message))
        .route("/mentoring/{id}/share", post(mentoring::set_share))
        .route("/mentoring/{id}/end", post(mentoring::end_pair))
}

/// Serves until Ctrl-C or SIGTERM, then finishes the requests in flight.
pub async fn serve(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    use axum::serve::ListenerExt;
    use axum::ServiceExt;
    use tower::Layer;
    // A page goes out as soon as it is written, not held back for more (Nagle), as nginx does.
    let listener = listener.tap_io(|tcp| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "TCP_NODELAY not set");
        }
    });
    let app = axum::middleware::from_fn(lrs::alternate::rewrite)
        .layer(router(state))
        .into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
}
