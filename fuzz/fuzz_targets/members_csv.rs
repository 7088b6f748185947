//! `academy import members`: any bytes are read, row by row, without a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = academy_web::members_import::parse_members(data, 2026, &|| {});
});
