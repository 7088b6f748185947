//! xAPI statements from outside: any JSON is checked, its keys looked at for twins, and
//! mapped to the academy's records, without a panic.
#![no_main]
use academy_domain::xapi::{check_statement, duplicate_key, mapping};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = duplicate_key(data);
    if let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) {
        let _ = check_statement(&value);
        let _ = mapping::academy_record("https://academy.example", &value);
    }
});
