//! `changyue build`: a whole site from a data folder, as a site's editor keeps it, and the app as
//! Trunk built it: the app's files and the data are brought into the site folder (only what
//! differs is written), then every page is rendered (`pages`), so a second build after one edit
//! writes one data file and two pages.

use std::fs;
use std::io;
use std::path::Path;

use url::Url;

use crate::pages::{self, Report};
use crate::shell::Shell;

/// Folders of a site that the build makes itself: never copied from the app, and kept in the
/// site's data folder although the editor's data folder does not have them.
const MADE_HERE: [&str; 4] = ["article", "page", ".changyue", "bench"];
const MADE_IN_DATA: &str = "articles/page";

/// Files written or removed while bringing the app and the data over.
#[derive(Debug, Default)]
pub struct Synced {
    pub written: usize,
    pub removed: usize,
    pub unchanged: usize,
}

pub fn build(data: &Path, app: &Path, out: &Path, base: Option<&Url>) -> Result<(Synced, Report), String> {
    let shell = app.join("index.html");
    let html = fs::read_to_string(&shell).map_err(|e| format!("{}: {e}", shell.display()))?;
    Shell::parse(&html).map_err(|e| format!("{}: {e}", shell.display()))?;
    if !data.join("site.json").is_file() {
        return Err(format!("{}: no site.json: is it a data folder?", data.display()));
    }
    let same = |a: &Path, b: &Path| matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b);
    if same(app, out) || same(data, &out.join("data")) {
        return Err("the site folder (--out) must be another folder than the app and the data".to_owned());
    }
    let mut synced = Synced::default();
    let io_error = |path: &Path, e: io::Error| format!("{}: {e}", path.display());
    // The app, without the sample data and pages of its own build.
    copy_tree(
        app,
        out,
        &|relative| {
            let top = relative.components().next().and_then(|c| c.as_os_str().to_str()).unwrap_or_default();
            top != "data" && !MADE_HERE.contains(&top)
        },
        &mut synced,
    )
    .map_err(|(path, e)| io_error(&path, e))?;
    let out_data = out.join("data");
    copy_tree(data, &out_data, &|relative| !relative.starts_with(MADE_IN_DATA), &mut synced)
        .map_err(|(path, e)| io_error(&path, e))?;
    remove_missing(data, &out_data, Path::new(""), &mut synced).map_err(|(path, e)| io_error(&path, e))?;
    let report = pages::render_site(out, base)?;
    Ok((synced, report))
}

type Failure = (std::path::PathBuf, io::Error);

/// Copies every file of `from` that `wanted` accepts (by its path inside `from`) into `to`,
/// writing only those whose bytes differ. Symbolic links are not followed.
fn copy_tree(
    from: &Path,
    to: &Path,
    wanted: &dyn Fn(&Path) -> bool,
    synced: &mut Synced,
) -> Result<(), Failure> {
    fn walk(
        root: &Path,
        dir: &Path,
        to: &Path,
        wanted: &dyn Fn(&Path) -> bool,
        synced: &mut Synced,
    ) -> Result<(), Failure> {
        let entries = fs::read_dir(dir).map_err(|e| (dir.to_owned(), e))?;
        for entry in entries {
            let entry = entry.map_err(|e| (dir.to_owned(), e))?;
            let path = entry.path();
            let relative = path.strip_prefix(root).unwrap_or(&path).to_owned();
            let kind = entry.file_type().map_err(|e| (path.clone(), e))?;
            if !wanted(&relative) || kind.is_symlink() {
                continue;
            }
            if kind.is_dir() {
                walk(root, &path, to, wanted, synced)?;
            } else if kind.is_file() {
                let target = to.join(&relative);
                let bytes = fs::read(&path).map_err(|e| (path.clone(), e))?;
                if fs::read(&target).is_ok_and(|old| old == bytes) {
                    synced.unchanged += 1;
                    continue;
                }
                write_copy(&target, &bytes).map_err(|e| (target.clone(), e))?;
                synced.written += 1;
            }
        }
        Ok(())
    }
    walk(from, from, to, wanted, synced)
}

/// Writes a copy whole (through a temporary file renamed over it). Its compressed copies come
/// from the app too, so unlike a page made here they are not dropped.
fn write_copy(target: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent)?;
    }
    let partial = target.with_extension("partial");
    fs::write(&partial, bytes)?;
    fs::rename(&partial, target)
}

/// Removes from the site's data what the editor's data folder no longer has (a withdrawn article,
/// a replaced image), but not what the build makes there.
fn remove_missing(data: &Path, out_data: &Path, relative: &Path, synced: &mut Synced) -> Result<(), Failure> {
    let dir = out_data.join(relative);
    let Ok(entries) = fs::read_dir(&dir) else { return Ok(()) };
    for entry in entries {
        let entry = entry.map_err(|e| (dir.clone(), e))?;
        let inner = relative.join(entry.file_name());
        if inner.starts_with(MADE_IN_DATA) {
            continue;
        }
        let kind = entry.file_type().map_err(|e| (entry.path(), e))?;
        if kind.is_dir() {
            remove_missing(data, out_data, &inner, synced)?;
        } else if !data.join(&inner).is_file() {
            fs::remove_file(entry.path()).map_err(|e| (entry.path(), e))?;
            synced.removed += 1;
        }
    }
    Ok(())
}
