//! Attendance and results typed in from paper: any bytes are read, and every cell checked.
#![no_main]
use academy_web::field_import::{present, read};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for required in [
        &["session_id", "member_code", "present"][..],
        &["session_id", "member_code", "test", "score"][..],
    ] {
        if let Ok(rows) = read(data, required) {
            for (_, cells) in rows {
                if let Some(p) = cells.get("present") {
                    let _ = present(p);
                }
            }
        }
    }
});
