//! Certificates: issued when a module is completed, printed as an A4 PDF with the member's
//! name in its own script and a QR code, and checked by anyone on `/verify/{id}` — valid or
//! revoked, the name, the achievement and the date, nothing more.

use academy_domain::{Certificate, Member};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use qrcode::QrCode;
use serde::Deserialize;
use uuid::Uuid;

use crate::context::Shell;
use crate::csrf::CsrfForm;
use crate::paper::{self, A4};
use crate::{AppState, Ctx, WebError};

/// What a certificate says, in the reader's language and in English.
struct Shown {
    certificate: Certificate,
    member: Member,
    title: String,
    title_en: String,
}

async fn load(state: &AppState, s: &Shell, id: Uuid) -> Result<Shown, WebError> {
    let certificate = state
        .store
        .certificate(id)
        .await?
        .ok_or(WebError::NotFound)?;
    let member = state.store.member(certificate.member).await?;
    let published = state.catalogue.current();
    let title_in = |lang| {
        published
            .curriculum
            .achievement_title(&certificate.achievement, lang)
            .unwrap_or_else(|| certificate.achievement.clone())
    };
    let title = title_in(s.tr.lang);
    let title_en = title_in(academy_domain::Language::En);
    Ok(Shown {
        certificate,
        member,
        title,
        title_en,
    })
}

fn date(at: time::OffsetDateTime) -> String {
    at.to_offset(academy_domain::field::IST).date().to_string()
}

#[derive(Template)]
#[template(path = "verify.html")]
struct VerifyPage<'a> {
    s: &'a Shell,
    id: Uuid,
    keys_json: String,
    check_js: &'static str,
    valid: bool,
    name: String,
    title: String,
    title_en: String,
    issued: String,
    revoked: Option<String>,
}

/// The public check behind the QR code: no sign-in, nothing but what the paper says.
pub async fn verify(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> Result<Html<String>, WebError> {
    let shown = load(&state, &ctx.shell, id).await?;
    let page = VerifyPage {
        s: &ctx.shell,
        id,
        keys_json: keys_json(&state),
        check_js: crate::assets::CHECK_JS_PATH.as_str(),
        valid: shown.certificate.revoked.is_none(),
        name: shown.member.draft.full_name.clone(),
        issued: date(shown.certificate.issued_at),
        revoked: shown.certificate.revoked.as_ref().map(|(at, _)| date(*at)),
        title: shown.title,
        title_en: shown.title_en,
    };
    Ok(Html(page.render()?))
}

/// `/verify/{id}/credential.json`: the certificate as an Open Badges 3.0 credential signed
/// by the academy (`eddsa-rdfc-2022`), for a wallet, an employer's or a bank's system. Public
/// like the check page: it says no more than the paper (the member code only salted and
/// hashed).
pub async fn credential_json(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
) -> Result<Response, WebError> {
    let certificate = state
        .store
        .certificate(id)
        .await?
        .ok_or(WebError::NotFound)?;
    let member = state.store.member(certificate.member).await?;
    let published = state.catalogue.current();
    let module = certificate
        .module()
        .and_then(|m| published.curriculum.module(m));
    let en = academy_domain::Language::En;
    let own = member.draft.language;
    let (name, description, url, criteria) = match module {
        Some(m) => {
            let (title_en, title_own) = (m.title.text(en), m.title.text(own));
            let name = if title_own == title_en {
                title_en.to_string()
            } else {
                format!("{title_en} — {title_own}")
            };
            let criteria = if certificate.issued_by.is_some() {
                "Learned with a group of the academy and passed the final test on paper; issued by an academy manager.".to_string()
            } else {
                format!(
                    "Completed every lesson of the module and passed its final test (pass mark {}%).",
                    m.pass_mark
                )
            };
            (
                name,
                m.summary.text(en).to_string(),
                format!("{}/modules/{}", state.issuer.base_url, m.id),
                criteria,
            )
        }
        None => {
            let track = certificate
                .track()
                .and_then(|t| published.curriculum.track(t));
            let title_in = |lang| {
                published
                    .curriculum
                    .achievement_title(&certificate.achievement, lang)
                    .unwrap_or_else(|| certificate.achievement.clone())
            };
            let (title_en, title_own) = (title_in(en), title_in(own));
            let name = if title_own == title_en {
                title_en
            } else {
                format!("{title_en} — {title_own}")
            };
            let modules: Vec<String> = track
                .map(|t| {
                    t.modules
                        .iter()
                        .filter_map(|m| published.curriculum.module(m))
                        .map(|m| m.title.text(en).to_string())
                        .collect()
                })
                .unwrap_or_default();
            (
                name,
                format!("A learning track of the academy: {}.", modules.join("; ")),
                format!("{}/modules", state.issuer.base_url),
                "Completed every module of the track, each with its final test passed.".to_string(),
            )
        }
    };
    let issued = rfc3339(certificate.issued_at);
    let award = academy_credentials::badge::Award {
        id: &id.to_string(),
        name: &member.draft.full_name,
        member_code: member.code.as_str(),
        achievement_url: &url,
        achievement_name: &name,
        achievement_description: &description,
        criteria: &criteria,
        issued: &issued,
        status_index: certificate.status_index.max(0) as u64,
    };
    let signed = academy_credentials::badge::signed_credential(&state.issuer, &award)
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/vc+ld+json".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"certificate-{id}.json\""),
            ),
        ],
        serde_json::to_string_pretty(&signed).unwrap_or_default(),
    )
        .into_response())
}

/// A time as an `xsd:dateTimeStamp` in UTC, to the second.
pub fn rfc3339(at: time::OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// The academy's public keys for the check in the browser, as JSON safe inside a script
/// element.
fn keys_json(state: &AppState) -> String {
    academy_credentials::offline::page_keys(&state.issuer.keys)
        .to_string()
        .replace('<', "\\u003c")
}

#[derive(Template)]
#[template(path = "verify_offline.html")]
struct OfflinePage<'a> {
    s: &'a Shell,
    keys_json: String,
    check_js: &'static str,
}

/// `/verify/offline`: the check page a verifier's phone keeps, which checks the signed
/// summary in a QR code with no network.
pub async fn verify_offline(
    State(state): State<AppState>,
    ctx: Ctx,
) -> Result<Html<String>, WebError> {
    let page = OfflinePage {
        s: &ctx.shell,
        keys_json: keys_json(&state),
        check_js: crate::assets::CHECK_JS_PATH.as_str(),
    };
    Ok(Html(page.render()?))
}

/// The certificate's own member, or a manager.
fn may_print(ctx: &Ctx, certificate: &Certificate) -> Result<(), WebError> {
    let me = ctx.member()?;
    if me.id == certificate.member || me.roles.can_manage_members() {
        Ok(())
    } else {
        Err(WebError::NotFound)
    }
}

/// The certificate as an A4 landscape PDF.
/// The certificate as an A4 landscape PDF, and the member code for the file's name.
async fn certificate_document(
    state: &AppState,
    ctx: &Ctx,
    id: Uuid,
) -> Result<(Vec<u8>, String), WebError> {
    // The certificate speaks the member's language, whoever prints it, with English beside.
    let certificate = state
        .store
        .certificate(id)
        .await?
        .ok_or(WebError::NotFound)?;
    may_print(ctx, &certificate)?;
    let owner = state.store.member(certificate.member).await?;
    let member_shell = Shell::anonymous(crate::i18n::Tr::new(owner.draft.language), String::new());
    let s = &member_shell;
    let shown = load(state, s, id).await?;
    let url = format!("{}/verify/{id}", state.issuer.base_url);
    // Besides the address, a signed summary for a check with no network.
    let summary = academy_credentials::offline::Summary {
        id: id.to_string(),
        name: shown.member.draft.full_name.clone(),
        achievement: shown.title.clone(),
        achievement_en: shown.title_en.clone(),
        date: date(shown.certificate.issued_at),
        key: state.issuer.keys.current().fragment(),
    };
    let token = academy_credentials::offline::token(state.issuer.keys.current(), &summary);
    let qr = QrCode::with_error_correction_level(
        format!("{url}#{token}").as_bytes(),
        qrcode::EcLevel::L,
    )
    .map_err(|e| WebError::Internal(e.to_string()))?;
    let modules = qr.width();
    let dark: Vec<bool> = qr
        .to_colors()
        .iter()
        .map(|c| *c == qrcode::Color::Dark)
        .collect();
    let (w, h) = (A4.1, A4.0);
    let bytes = paper::document((w, h), 1, |_, sheet| {
        sheet.frame(24.0, 24.0, w - 48.0, h - 48.0);
        sheet.frame(30.0, 30.0, w - 60.0, h - 60.0);
        sheet.centred(w / 2.0, 90.0, 18.0, &s.tr.t("academy-name"), true);
        sheet.centred(w / 2.0, 140.0, 26.0, &s.tr.t("certificate-heading"), true);
        sheet.centred(w / 2.0, 180.0, 13.0, &s.tr.t("certificate-this-is"), false);
        sheet.centred(w / 2.0, 230.0, 30.0, &shown.member.draft.full_name, false);
        sheet.centred(
            w / 2.0,
            262.0,
            12.0,
            &format!("{} {}", s.tr.t("field-code"), shown.member.code),
            false,
        );
        sheet.centred(
            w / 2.0,
            300.0,
            13.0,
            &s.tr.t("certificate-completed"),
            false,
        );
        sheet.centred(w / 2.0, 340.0, 20.0, &shown.title, true);
        if shown.title != shown.title_en {
            sheet.centred(w / 2.0, 368.0, 13.0, &shown.title_en, false);
        }
        sheet.centred(
            w / 2.0,
            410.0,
            12.0,
            &format!(
                "{}: {}",
                s.tr.t("certificate-date"),
                date(shown.certificate.issued_at)
            ),
            false,
        );
        sheet.seal(120.0, h - 130.0, 48.0);
        let size = 150.0;
        let cell = size / modules as f32;
        let (x0, y0) = (w - 70.0 - size, h - 70.0 - size);
        for (i, is_dark) in dark.iter().enumerate() {
            if *is_dark {
                sheet.filled(
                    x0 + (i % modules) as f32 * cell,
                    y0 + (i / modules) as f32 * cell,
                    cell,
                    cell,
                );
            }
        }
        sheet.text_fit(x0 - 60.0, h - 50.0, 8.0, &url, size + 60.0, false);
    })
    .map_err(WebError::Internal)?;
    Ok((bytes, shown.member.code.to_string()))
}

/// The certificate as an A4 landscape PDF, to print.
pub async fn certificate_pdf(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> Result<Response, WebError> {
    let (bytes, code) = certificate_document(&state, &ctx, id).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"certificate-{code}.pdf\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// The certificate as a picture (PNG, 1,123 pixels wide) to share from a phone: the PDF
/// itself, drawn by a PDF renderer, so the two never differ.
pub async fn certificate_png(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
) -> Result<Response, WebError> {
    let (pdf, code) = certificate_document(&state, &ctx, id).await?;
    let png = tokio::task::spawn_blocking(move || paper::render_png(pdf, 1.33))
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?
        .map_err(WebError::Internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "image/png".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"certificate-{code}.png\""),
            ),
        ],
        png,
    )
        .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RevokeForm {
    reason: String,
}

/// A manager revokes a certificate, giving the reason; the verification page then says so.
pub async fn revoke(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<RevokeForm>,
) -> Result<Response, WebError> {
    let me = ctx.require_manager()?;
    let reason = academy_domain::text::clean(&form.reason);
    if reason.is_empty() {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            ctx.shell.tr.t("certificate-reason-needed"),
        )
            .into_response());
    }
    state
        .store
        .revoke_certificate(id, me.id, &reason, time::OffsetDateTime::now_utc())
        .await?;
    tracing::info!(certificate = %id, by = %me.id, "certificate revoked");
    Ok(Redirect::to(&format!("/verify/{id}")).into_response())
}
