//! The retention period for inactive accounts (`retention_years` in the settings): a member
//! with no learning, session or registration for that long is erased as at her own request
//! (the person anonymised, what she counted for kept). `academy serve` looks once a day;
//! `academy erase-inactive` does it now.

use std::sync::Arc;
use std::time::Duration;

use academy_store::Store;
use time::OffsetDateTime;

/// Erases the members inactive for `years`; how many. Nothing when `years` is 0.
pub async fn sweep(store: &dyn Store, years: u32) -> anyhow::Result<usize> {
    if years == 0 {
        return Ok(0);
    }
    let before = OffsetDateTime::now_utc() - time::Duration::days(365 * i64::from(years));
    let mut erased = 0;
    for member in store.inactive_members(before).await? {
        if store
            .erase_member(member, OffsetDateTime::now_utc())
            .await?
        {
            erased += 1;
        }
    }
    Ok(erased)
}

/// Sweeps once a day while the academy serves.
pub fn every_day(store: Arc<dyn Store>, years: u32) {
    if years == 0 {
        return;
    }
    tokio::spawn(async move {
        loop {
            match sweep(store.as_ref(), years).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(erased = n, years, "inactive accounts erased"),
                Err(e) => tracing::error!(error = %e, "the retention sweep failed"),
            }
            tokio::time::sleep(Duration::from_secs(24 * 3600)).await;
        }
    });
}
