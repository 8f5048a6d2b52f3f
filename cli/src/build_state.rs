//! What each page of a build was made from, kept between runs in `DIST/.changyue/pages.json`, so
//! that after an editor changes one article the next `changyue render` makes again only the pages
//! that depend on it: that article's page and the list page it is on. A page is made again when
//! anything it was made from changed: the app's shell (`index.html`, whose asset names change
//! with every change of the app), `site.json`, this command's version, or its own data.

use std::collections::HashMap;
use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;
use std::sync::Mutex;

const STATE: &str = ".changyue/pages.json";

pub struct BuildState {
    before: HashMap<String, u64>,
    now: Mutex<HashMap<String, u64>>,
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

    /// Whether the page at `files[0]` was made from the same inputs last time and all its files
    /// are still there; if so it is kept in this run's record too.
    pub fn unchanged(&self, dist: &Path, files: &[&str], fingerprint: u64) -> bool {
        let same =
            self.before.get(files[0]) == Some(&fingerprint) && files.iter().all(|f| dist.join(f).is_file());
        if same {
            self.record(files[0], fingerprint);
        }
        same
    }

    pub fn record(&self, page: &str, fingerprint: u64) {
        self.now.lock().unwrap().insert(page.to_owned(), fingerprint);
    }

    /// Pages the last run made that this one neither made nor kept: their article has left the
    /// list, or failed this time.
    pub fn gone(&self) -> Vec<String> {
        let now = self.now.lock().unwrap();
        self.before.keys().filter(|page| !now.contains_key(*page)).cloned().collect()
    }

    pub fn save(self, dist: &Path) -> Result<(), String> {
        let now = self.now.into_inner().unwrap();
        let json = serde_json::to_string(&now).map_err(|e| e.to_string())?;
        crate::pages::write_whole(&dist.join(STATE), json.as_bytes())
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
}
