//! Reading one data file as the app reads it: core's rules, and the app's Chinese message when
//! it cannot be shown. Shared by `check` (which reports) and `render` (which leaves it to the app).

use std::fs;
use std::io;
use std::path::Path;

use changyue_core::{text, DataError, Parsed};

/// The parsed file with its warnings, or why it cannot be shown (without the file's name).
pub fn read<T>(path: &Path, parse: fn(&str) -> Result<Parsed<T>, DataError>) -> Result<Parsed<T>, String> {
    parse(&read_text(path)?).map_err(|e| e.message())
}

/// The file's text, or why it cannot be read (without the file's name).
pub fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => text::ERROR_NOT_FOUND.to_owned(),
        _ => e.to_string(),
    })
}
