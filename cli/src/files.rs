//! Files written whole, so that a reader of the site or of a data folder never gets half of one.
//! Every command writes through here; it imports nothing of this crate.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The compressed copies a host serves in a file's place (`brotli_static`, `gzip_static`).
pub const COPIES: [&str; 2] = ["br", "gz"];

/// `path` with `.suffix` added to its whole name: `a.html` and `gz` give `a.html.gz`.
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".");
    name.push(suffix);
    path.with_file_name(name)
}

/// Writes `bytes` through a temporary file beside `path`, renamed over it, making its folder
/// if there is none.
pub fn replace(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    let partial = with_suffix(path, "partial");
    fs::write(&partial, bytes)?;
    fs::rename(&partial, path)
}

/// Writes a file whole, and drops the compressed copies of its earlier version; a file that
/// holds these very bytes already is left as it is, with its copies and its time, so that a
/// host or a sync sees no change. Says whether it wrote.
pub fn write_whole(path: &Path, bytes: &[u8]) -> io::Result<bool> {
    let same_length = fs::metadata(path).is_ok_and(|m| m.len() == bytes.len() as u64);
    if same_length && fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(false);
    }
    replace(path, bytes)?;
    remove_copies(path);
    Ok(true)
}

/// Removes a file and its compressed copies, if there are any.
pub fn remove_with_copies(path: &Path) {
    let _ = fs::remove_file(path);
    remove_copies(path);
}

fn remove_copies(path: &Path) {
    for suffix in COPIES {
        let _ = fs::remove_file(with_suffix(path, suffix));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_written_again_with_the_same_bytes_is_left_with_its_copies() {
        let dir = std::env::temp_dir().join(format!("changyue-fs-{}", std::process::id()));
        let page = dir.join("page/1.html");
        assert!(write_whole(&page, b"one").unwrap(), "a new file, in a new folder");
        fs::write(with_suffix(&page, "br"), b"copy").unwrap();
        assert!(!write_whole(&page, b"one").unwrap());
        assert!(with_suffix(&page, "br").exists(), "the same bytes keep their copy");
        assert!(write_whole(&page, b"two").unwrap());
        assert_eq!(fs::read(&page).unwrap(), b"two");
        assert!(!with_suffix(&page, "br").exists(), "a stale copy would be served in its place");
        assert!(!with_suffix(&page, "partial").exists());
        remove_with_copies(&page);
        assert!(!page.exists());
        fs::remove_dir_all(&dir).unwrap();
    }
}
