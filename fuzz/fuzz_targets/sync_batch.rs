//! A field node's sync batch: any bytes are unpacked (gzip, then JSON), and any bytes taken as
//! the JSON inside a well-formed gzip stream are decoded, without a panic.
#![no_main]
use std::io::Write;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = academy_web::sync_client::unpack(data);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    if gz.write_all(data).is_ok() {
        if let Ok(packed) = gz.finish() {
            let _ = academy_web::sync_client::unpack(&packed);
        }
    }
});
