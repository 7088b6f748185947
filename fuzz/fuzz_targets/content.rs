//! The curriculum folder: a module file, a lesson, a test and the tracks, cut from the input
//! at NUL bytes, are loaded and checked without a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut parts = data.split(|b| *b == 0);
    let mut files = academy_content::Files::new();
    for path in [
        "modules/01-health-safety/module.toml",
        "modules/01-health-safety/lessons/dust-and-silicosis.en.md",
        "modules/01-health-safety/post-test.en.toml",
        "tracks.toml",
    ] {
        if let Some(part) = parts.next() {
            files.insert(path.to_string(), part.to_vec());
        }
    }
    let _ = academy_content::load(&files);
});
