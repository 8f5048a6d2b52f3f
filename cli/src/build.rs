//! `changyue build`: a whole site from a data folder, as a site's editor keeps it, and the app as
//! Trunk built it: the app's files and the data are brought into the site folder (only what
//! differs is written), then every page is rendered (`render`), so a second build after one edit
//! writes one data file and two pages.

use std::fs;
use std::path::Path;

use url::Url;

use crate::error::{At, Error, Result};
use crate::files;
use crate::pinyin;
use crate::render::{self, Report};
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

pub fn build(data: &Path, app: &Path, out: &Path, base: Option<&Url>) -> Result<(Synced, Report)> {
    let shell = app.join("index.html");
    let html = fs::read_to_string(&shell).at(&shell)?;
    Shell::parse(&html).map_err(|why| Error::invalid(&shell, why))?;
    if !data.join("site.json").is_file() {
        return Err(Error::invalid(data, "no site.json: is it a data folder?"));
    }
    let same = |a: &Path, b: &Path| matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b);
    if same(app, out) || same(data, &out.join("data")) {
        return Err(Error::Usage(
            "the site folder (--out) must be another folder than the app and the data".to_owned(),
        ));
    }
    let mut synced = Synced::default();
    // The app, without the sample data and pages of its own build.
    copy_tree(
        app,
        out,
        &|relative| {
            let top = relative.components().next().and_then(|c| c.as_os_str().to_str()).unwrap_or_default();
            top != "data" && !MADE_HERE.contains(&top)
        },
        &mut synced,
    )?;
    let out_data = out.join("data");
    copy_tree(data, &out_data, &|relative| !relative.starts_with(MADE_IN_DATA), &mut synced)?;
    remove_missing(data, &out_data, Path::new(""), &mut synced)?;
    let report = render::render_site(out, base)?;
    Ok((synced, report))
}

/// Copies every file of `from` that `wanted` accepts (by its path inside `from`) into `to`,
/// writing only those whose bytes differ. Symbolic links are not followed.
fn copy_tree(from: &Path, to: &Path, wanted: &dyn Fn(&Path) -> bool, synced: &mut Synced) -> Result<()> {
    fn walk(
        root: &Path,
        dir: &Path,
        to: &Path,
        wanted: &dyn Fn(&Path) -> bool,
        synced: &mut Synced,
    ) -> Result<()> {
        let entries = fs::read_dir(dir).at(dir)?;
        for entry in entries {
            let entry = entry.at(dir)?;
            let path = entry.path();
            let relative = path.strip_prefix(root).unwrap_or(&path).to_owned();
            let kind = entry.file_type().at(&path)?;
            if !wanted(&relative) || kind.is_symlink() {
                continue;
            }
            if kind.is_dir() {
                walk(root, &path, to, wanted, synced)?;
            } else if kind.is_file() {
                let target = to.join(&relative);
                let bytes = fs::read(&path).at(&path)?;
                if fs::read(&target).is_ok_and(|old| old == bytes) {
                    synced.unchanged += 1;
                    continue;
                }
                // Its compressed copies come from the app too: they are not dropped.
                files::replace(&target, &bytes).at(&target)?;
                synced.written += 1;
            }
        }
        Ok(())
    }
    walk(from, from, to, wanted, synced)
}

/// Removes from the site's data what the editor's data folder no longer has (a withdrawn article,
/// a replaced image), but not what the build makes there.
fn remove_missing(data: &Path, out_data: &Path, relative: &Path, synced: &mut Synced) -> Result<()> {
    let dir = out_data.join(relative);
    let Ok(entries) = fs::read_dir(&dir) else { return Ok(()) };
    for entry in entries {
        let entry = entry.at(&dir)?;
        let inner = relative.join(entry.file_name());
        if inner.starts_with(MADE_IN_DATA) || entry.file_name().to_str().is_some_and(pinyin::is_readings_file)
        {
            continue;
        }
        let kind = entry.file_type().at(&entry.path())?;
        if kind.is_dir() {
            remove_missing(data, out_data, &inner, synced)?;
        } else if !data.join(&inner).is_file() {
            fs::remove_file(entry.path()).at(&entry.path())?;
            synced.removed += 1;
        }
    }
    Ok(())
}
