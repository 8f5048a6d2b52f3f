//! What each page of a build was made from, kept between runs in `DIST/.changyue/pages.json`, so
//! that after an editor changes one article the next `changyue render` makes again only the pages
//! that depend on it: that article's page and the list page it is on. A page is made again when
//! anything it was made from changed: the app's shell (`index.html`, whose asset names change
//! with every change of the app), `site.json`, this command's version, or its own data. An
//! article's data file whose length and modification time are those it had when its page was
//! made is not read again: reading all of them (740 MB for 100,000 articles) was most of a
//! rebuild's time.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::error::{At, Result};
use crate::files;

const STATE: &str = ".changyue/pages.json";

/// How long ago a data file must have changed for its stamp to be trusted (see `record`).
const SETTLED: std::time::Duration = std::time::Duration::from_secs(3);

pub struct BuildState {
    before: HashMap<String, Record>,
    now: Mutex<HashMap<String, Record>>,
}

/// What a page was made from.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// All its inputs in one number (`fingerprint`).
    made_from: u64,
    /// The inputs every page shares, when it was made (`common`).
    common: u64,
    /// Its own data file's length and modification time (ns since the epoch), when it has one.
    stamp: Option<(u64, u128)>,
}

/// A data file's length and modification time, or none if it cannot be read.
pub fn stamp(path: &Path) -> Option<(u64, u128)> {
    let metadata = fs::metadata(path).ok()?;
    let modified = metadata.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?;
    Some((metadata.len(), modified.as_nanos()))
}

/// A page's inputs in one number. Std's SipHash with its fixed keys: the same on every run of
/// the same build of this command; a toolchain that hashes differently only costs one full build.
fn hash_of(parts: &[&[u8]]) -> u64 {
    let mut hasher = DefaultHasher::new();
    for part in parts {
        part.hash(&mut hasher);
    }
    hasher.finish()
}

impl BuildState {
    /// The last run's record; none (so every page is made) if it is missing or unreadable.
    pub fn load(dist: &Path) -> BuildState {
        let before = fs::read_to_string(dist.join(STATE))
            .ok()
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default();
        BuildState { before, now: Mutex::new(HashMap::new()) }
    }

    /// What every page is made from.
    pub fn common(shell: &str, site: &[u8], with_feed: bool) -> u64 {
        hash_of(&[shell.as_bytes(), site, &[u8::from(with_feed)], env!("CARGO_PKG_VERSION").as_bytes()])
    }

    /// A page's inputs: the common ones and its own data.
    pub fn fingerprint(common: u64, own: &[u8]) -> u64 {
        hash_of(&[&common.to_le_bytes(), own])
    }

    /// Whether the page at `files[0]` was made last time from the same shared inputs and from a
    /// data file of the same length and time, and all its files are still there; if so it is
    /// kept in this run's record too, and its data need not be read.
    pub fn unchanged_since(
        &self,
        dist: &Path,
        files: &[&str],
        common: u64,
        stamp: Option<(u64, u128)>,
    ) -> bool {
        let before = self.before.get(files[0]).copied();
        let same = stamp.is_some()
            && before.is_some_and(|b| b.common == common && b.stamp == stamp)
            && files.iter().all(|f| dist.join(f).is_file());
        if let Some(before) = before.filter(|_| same) {
            self.now.lock().unwrap().insert(files[0].to_owned(), before);
        }
        same
    }

    /// Whether the page at `files[0]` was made from the same inputs last time and all its files
    /// are still there; if so it is kept in this run's record too.
    pub fn unchanged(
        &self,
        dist: &Path,
        files: &[&str],
        (common, fingerprint): (u64, u64),
        stamp: Option<(u64, u128)>,
    ) -> bool {
        let same = self.before.get(files[0]).is_some_and(|b| b.made_from == fingerprint)
            && files.iter().all(|f| dist.join(f).is_file());
        if same {
            self.record(files[0], (common, fingerprint), stamp);
        }
        same
    }

    /// Records what a page was made from. A data file changed in the last seconds keeps no stamp,
    /// for an edit of the same length within the file system's time resolution (a second or
    /// two on some) would leave the stamp as it was: its content decides next time.
    pub fn record(&self, page: &str, (common, made_from): (u64, u64), stamp: Option<(u64, u128)>) {
        let settled = |&(_, modified): &(u64, u128)| {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            modified + SETTLED.as_nanos() < now.as_nanos()
        };
        let stamp = stamp.filter(settled);
        self.now.lock().unwrap().insert(page.to_owned(), Record { made_from, common, stamp });
    }

    /// Pages the last run made that this one neither made nor kept: their article has left the
    /// list, or failed this time.
    pub fn gone(&self) -> Vec<String> {
        let now = self.now.lock().unwrap();
        self.before.keys().filter(|page| !now.contains_key(*page)).cloned().collect()
    }

    pub fn save(self, dist: &Path) -> Result<()> {
        // In order, so that a run that changed nothing writes the same bytes, and so nothing.
        let now: BTreeMap<String, Record> = self.now.into_inner().unwrap().into_iter().collect();
        let json = serde_json::to_string(&now).unwrap_or_default();
        let path = dist.join(STATE);
        files::write_whole(&path, json.as_bytes()).at(&path).map(drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fingerprint_follows_every_input() {
        let common = BuildState::common("<html>", b"{}", false);
        assert_eq!(BuildState::fingerprint(common, b"a"), BuildState::fingerprint(common, b"a"));
        assert_ne!(BuildState::fingerprint(common, b"a"), BuildState::fingerprint(common, b"b"));
        let other_shell = BuildState::common("<html> ", b"{}", false);
        assert_ne!(BuildState::fingerprint(common, b"a"), BuildState::fingerprint(other_shell, b"a"));
        assert_ne!(common, BuildState::common("<html>", b"{ }", false));
        assert_ne!(common, BuildState::common("<html>", b"{}", true), "a feed announced in every page");
        // The parts are kept apart: moving a byte from one to the next is a change.
        assert_ne!(hash_of(&[b"ab", b"c"]), hash_of(&[b"a", b"bc"]));
    }

    #[test]
    fn a_page_is_kept_by_its_data_files_stamp_only_when_the_stamp_is_settled_and_the_rest_is_the_same() {
        let dist = std::env::temp_dir().join(format!("changyue-state-{}", std::process::id()));
        fs::create_dir_all(dist.join("article")).unwrap();
        fs::write(dist.join("article/a.html"), "<p>").unwrap();
        let state = BuildState::load(&dist);
        let (common, old, fresh) = (1, (10, 1_000), (10, u128::MAX / 2));
        state.record("article/a.html", (common, 7), Some(old));
        state.record("article/b.html", (common, 8), Some(fresh));
        state.save(&dist).unwrap();
        let next = BuildState::load(&dist);
        assert!(next.unchanged_since(&dist, &["article/a.html"], common, Some(old)));
        assert!(
            !next.unchanged_since(&dist, &["article/a.html"], common, Some((11, 1_000))),
            "another length"
        );
        assert!(!next.unchanged_since(&dist, &["article/a.html"], common, Some((10, 1_001))), "another time");
        assert!(!next.unchanged_since(&dist, &["article/a.html"], 2, Some(old)), "another shell");
        assert!(!next.unchanged_since(&dist, &["article/a.html"], common, None), "no stamp");
        // Changed in the last seconds: its content decides.
        fs::write(dist.join("article/b.html"), "<p>").unwrap();
        assert!(!next.unchanged_since(&dist, &["article/b.html"], common, Some(fresh)));
        fs::remove_dir_all(&dist).unwrap();
    }
}
