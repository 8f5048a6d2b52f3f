//! The compressed copies a host serves in place of a file (nginx's `brotli_static` and
//! `gzip_static`): `.br` and `.gz` beside each page this command makes and each of the app's
//! files, made on every core, and only for files whose bytes changed since their copies were
//! made. `data/` is left alone: editors change it in place, and a stale copy would outlive their
//! edit (nginx compresses it on the fly).

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;

use flate2::write::GzEncoder;

use crate::error::{At, Error, Result};
use crate::files::{self, with_suffix};

/// The files that get compressed copies: text, and the wasm (images are compressed already).
const EXTENSIONS: [&str; 5] = ["html", "js", "wasm", "css", "svg"];

/// How hard to compress.
#[derive(Clone, Copy, Debug)]
pub enum Effort {
    /// The app's files: few, shared by every page and cached, so the smallest copies are worth
    /// their time (brotli 11, gzip 9).
    Best,
    /// Pages, made by the thousand: brotli 11 costs about 100 ms a 60 KB page here, which is
    /// over an hour for 100,000 articles on 2 cores; quality 6 costs about 1 ms and makes copies
    /// 8 to 12% larger (quality 7 takes twice as long for 1 to 4% less; gzip 6 is as small as 9
    /// on pages).
    Page,
}

impl Effort {
    fn brotli_quality(self) -> u32 {
        match self {
            Effort::Best => 11,
            Effort::Page => PAGE_BROTLI_QUALITY,
        }
    }

    fn gzip_level(self) -> u32 {
        match self {
            Effort::Best => 9,
            Effort::Page => 6,
        }
    }
}

/// Brotli's quality for pages (see `Effort::Page`).
pub const PAGE_BROTLI_QUALITY: u32 = 6;

/// Brotli's window, its encoder's default (4 MB, past any page or the wasm). A window fitted to
/// a small page is slower, not faster: with 64 KB, quality 7 took 22 ms a page here against 2 ms.
const WINDOW_BITS: u32 = 22;

pub fn brotli(bytes: &[u8], effort: Effort) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() / 3);
    let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, effort.brotli_quality(), WINDOW_BITS);
    // Writing to a Vec cannot fail.
    let _ = writer.write_all(bytes);
    drop(writer);
    out
}

pub fn gzip(bytes: &[u8], effort: Effort) -> Vec<u8> {
    let mut encoder =
        GzEncoder::new(Vec::with_capacity(bytes.len() / 3), flate2::Compression::new(effort.gzip_level()));
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

/// Writes `path.br` and `path.gz` for the bytes of `path` (each whole, through a temporary
/// file renamed over it).
pub fn write_beside(path: &Path, bytes: &[u8], effort: Effort) -> io::Result<()> {
    let [br, gz] = files::COPIES;
    for (suffix, copy) in [(br, brotli(bytes, effort)), (gz, gzip(bytes, effort))] {
        files::replace(&with_suffix(path, suffix), &copy)?;
    }
    Ok(())
}

/// Gives `path` its copies if they are missing or older than it (a page kept from a run that
/// made none).
pub fn refresh_beside(path: &Path, effort: Effort) -> io::Result<bool> {
    if !stale(path) {
        return Ok(false);
    }
    write_beside(path, &fs::read(path)?, effort)?;
    Ok(true)
}

/// Whether `path`'s copies are missing or older than it.
fn stale(path: &Path) -> bool {
    let modified = |p: &Path| fs::metadata(p).and_then(|m| m.modified()).ok();
    let Some(made) = modified(path) else { return false };
    files::COPIES.iter().any(|e| modified(&with_suffix(path, e)).is_none_or(|copy| copy < made))
}

/// What a pass over a folder did.
#[derive(Debug, Default, PartialEq)]
pub struct Compressed {
    /// Files given new copies.
    pub files: usize,
    /// Files whose copies were newer than they are, and were kept.
    pub kept: usize,
}

/// Gives every file of `dir` (not its subfolders) with one of `EXTENSIONS` its copies, where
/// they are missing or older than the file, on every core.
pub fn folder(dir: &Path, effort: Effort) -> Result<Compressed> {
    let entries = fs::read_dir(dir).at(dir)?;
    let files: Vec<PathBuf> = entries
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| {
            p.is_file() && p.extension().and_then(|e| e.to_str()).is_some_and(|e| EXTENSIONS.contains(&e))
        })
        .collect();
    let (stale, fresh): (Vec<PathBuf>, Vec<PathBuf>) = files.into_iter().partition(|p| stale(p));
    let next = AtomicUsize::new(0);
    let problems = Mutex::new(Vec::new());
    let threads = thread::available_parallelism().map_or(1, |n| n.get()).min(stale.len().max(1));
    thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                while let Some(path) = stale.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let written = fs::read(path).and_then(|bytes| write_beside(path, &bytes, effort));
                    if let Err(source) = written {
                        problems.lock().unwrap().push(Error::Io { path: path.clone(), source });
                    }
                }
            });
        }
    });
    match problems.into_inner().unwrap().into_iter().next() {
        Some(problem) => Err(problem),
        None => Ok(Compressed { files: stale.len(), kept: fresh.len() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temporary(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("changyue-compress-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn unbrotli(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        brotli::BrotliDecompress(&mut &bytes[..], &mut out).unwrap();
        out
    }

    fn ungzip(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        io::Read::read_to_end(&mut flate2::read::GzDecoder::new(bytes), &mut out).unwrap();
        out
    }

    #[test]
    fn copies_decompress_to_the_file() {
        let page = "<p>鄂尔多斯市党建网</p>".repeat(500);
        for effort in [Effort::Best, Effort::Page] {
            let br = brotli(page.as_bytes(), effort);
            assert!(br.len() < page.len() / 10, "{effort:?}: {}", br.len());
            assert_eq!(unbrotli(&br), page.as_bytes());
            assert_eq!(ungzip(&gzip(page.as_bytes(), effort)), page.as_bytes());
        }
        assert_eq!(unbrotli(&brotli(b"", Effort::Best)), b"");
    }

    #[test]
    fn a_folder_pass_compresses_what_changed_and_keeps_the_rest() {
        let dir = temporary("folder");
        fs::write(dir.join("app.js"), "console.log(1);".repeat(100)).unwrap();
        fs::write(dir.join("index.html"), "<html></html>").unwrap();
        fs::write(dir.join("icon.png"), [0u8; 10]).unwrap();
        let first = folder(&dir, Effort::Best).unwrap();
        assert_eq!(first, Compressed { files: 2, kept: 0 });
        assert!(dir.join("app.js.br").is_file() && dir.join("index.html.gz").is_file());
        assert!(!dir.join("icon.png.br").exists(), "images are compressed already");
        // A copy written again is a new file (a temporary one renamed over it).
        let identity = || std::os::unix::fs::MetadataExt::ino(&fs::metadata(dir.join("app.js.br")).unwrap());
        let made = identity();
        assert_eq!(folder(&dir, Effort::Best).unwrap(), Compressed { files: 0, kept: 2 });
        assert_eq!(identity(), made, "not written again");
        // A file written again (after its copies) gets new ones.
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(dir.join("index.html"), "<html lang=\"zh-CN\"></html>").unwrap();
        assert_eq!(folder(&dir, Effort::Best).unwrap(), Compressed { files: 1, kept: 1 });
        assert_eq!(ungzip(&fs::read(dir.join("index.html.gz")).unwrap()), b"<html lang=\"zh-CN\"></html>");
        let _ = fs::remove_dir_all(&dir);
    }
}
