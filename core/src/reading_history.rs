//! 继续阅读: where the reader stopped in each article, as the block at the top of the window (not
//! pixels, so it survives a change of size), kept on the device only. The app offers to go back
//! there; the list marks 已读 and 读到 n%.

use serde::{Deserialize, Serialize};

use crate::validate::is_valid_id;

/// Where the reader was in one article: the block at the reading line, of how many.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadingPosition {
    pub block: u32,
    pub blocks: u32,
    /// The start of that block's text, to say where it was.
    pub excerpt: String,
    /// The reader once reached the last block: the article stays 已读.
    #[serde(default)]
    pub read: bool,
}

impl ReadingPosition {
    /// `block` of `blocks`, counted from 0; reaching the last block marks the article read.
    pub fn new(block: u32, blocks: u32, text: &str) -> ReadingPosition {
        let block = block.min(blocks.saturating_sub(1));
        ReadingPosition { block, blocks, excerpt: excerpt(text), read: blocks > 0 && block + 1 >= blocks }
    }

    /// How far into the article, by blocks, from 1 to 100.
    pub fn percent(&self) -> u32 {
        if self.blocks == 0 {
            return 0;
        }
        // In u64: a forged `blocks` must not overflow.
        ((u64::from(self.block) + 1) * 100 / u64::from(self.blocks)).clamp(1, 100) as u32
    }

    /// Worth offering 继续阅读: past the first block and not at the end.
    pub fn worth_offering(&self) -> bool {
        self.block > 0 && self.block + 1 < self.blocks
    }
}

/// How much of a block's text the offer quotes.
const EXCERPT_CHARS: usize = 24;

/// The start of a block's text, whitespace folded, cut at `EXCERPT_CHARS` with an ellipsis.
pub fn excerpt(text: &str) -> String {
    let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = folded.chars();
    let start: String = chars.by_ref().take(EXCERPT_CHARS).collect();
    if chars.next().is_some() {
        format!("{start}……")
    } else {
        start
    }
}

/// Every article's position, the most recently read last.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReadingHistory {
    entries: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Entry {
    id: String,
    #[serde(flatten)]
    position: ReadingPosition,
}

impl ReadingHistory {
    pub const STORAGE_KEY: &'static str = "changyue.reading.v1";
    /// Articles remembered; the least recently read are forgotten first.
    pub const LIMIT: usize = 200;

    pub fn get(&self, id: &str) -> Option<&ReadingPosition> {
        self.entries.iter().find(|e| e.id == id).map(|e| &e.position)
    }

    /// Notes where the reader is now. An article once read stays read, and a return to its first
    /// block does not replace a place further on: scrolling back to the top is how a phone reader
    /// reaches the banner to leave, not where they stopped reading. (从头读 forgets the place.)
    pub fn record(&mut self, id: &str, mut position: ReadingPosition) {
        if let Some(i) = self.entries.iter().position(|e| e.id == id) {
            let earlier = self.entries.remove(i).position;
            position.read |= earlier.read;
            if position.block == 0 && earlier.block > 0 {
                position = ReadingPosition { read: position.read, ..earlier };
            }
        }
        if self.entries.len() == Self::LIMIT {
            self.entries.remove(0);
        }
        self.entries.push(Entry { id: id.to_owned(), position });
    }

    /// 从头读: the place is forgotten (not offered again); an article once read stays read.
    pub fn start_over(&mut self, id: &str) {
        if let Some(i) = self.entries.iter().position(|e| e.id == id) {
            if self.entries[i].position.read {
                self.entries[i].position.block = 0;
            } else {
                self.entries.remove(i);
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// Reads what `to_stored` wrote. Anything else (corrupt, forged, from an older app) reads as
    /// far as it makes sense: entries that do not are left out, never failing the page.
    pub fn from_stored(stored: &str) -> ReadingHistory {
        let values: Vec<serde_json::Value> = serde_json::from_str(stored).unwrap_or_default();
        let mut history = ReadingHistory::default();
        for value in values {
            let Ok(entry) = serde_json::from_value::<Entry>(value) else { continue };
            let p = entry.position;
            if is_valid_id(&entry.id) && p.block < p.blocks {
                history.record(&entry.id, ReadingPosition { excerpt: excerpt(&p.excerpt), ..p });
            }
        }
        history
    }

    pub fn to_stored(&self) -> String {
        serde_json::to_string(&self.entries).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_position_says_how_far_and_whether_to_offer() {
        let start = ReadingPosition::new(0, 40, "百舸争流");
        assert_eq!(start.percent(), 2);
        assert!(!start.worth_offering(), "nothing to go back to at the start");
        let middle = ReadingPosition::new(19, 40, "今年以来");
        assert_eq!(middle.percent(), 50);
        assert!(middle.worth_offering());
        assert!(!middle.read);
        let end = ReadingPosition::new(39, 40, "结尾");
        assert_eq!(end.percent(), 100);
        assert!(end.read);
        assert!(!end.worth_offering());
        // A block past the end (the article was shortened) is its last block.
        assert_eq!(ReadingPosition::new(99, 40, "").block, 39);
        assert_eq!(ReadingPosition::new(0, 0, "").percent(), 0);
    }

    #[test]
    fn an_excerpt_is_the_start_of_the_text_folded_and_cut() {
        assert_eq!(excerpt("  百舸争流,\n 奋楫者先。 "), "百舸争流, 奋楫者先。");
        let long = "今".repeat(30);
        assert_eq!(excerpt(&long), format!("{}……", "今".repeat(24)));
        assert_eq!(excerpt(&"今".repeat(24)), "今".repeat(24));
    }

    #[test]
    fn read_stays_read_and_the_latest_comes_last() {
        let mut history = ReadingHistory::default();
        history.record("a", ReadingPosition::new(9, 10, "end"));
        history.record("b", ReadingPosition::new(2, 10, "b"));
        history.record("a", ReadingPosition::new(1, 10, "again"));
        let a = history.get("a").unwrap();
        assert_eq!((a.block, a.read), (1, true));
        assert_eq!(ReadingHistory::from_stored(&history.to_stored()), history);
        assert!(history.to_stored().ends_with(r#""read":true}]"#), "{}", history.to_stored());
    }

    #[test]
    fn going_back_to_the_top_keeps_the_place_further_on() {
        let mut history = ReadingHistory::default();
        history.record("a", ReadingPosition::new(6, 10, "six"));
        history.record("a", ReadingPosition::new(0, 10, "top"));
        assert_eq!(history.get("a").map(|p| (p.block, p.excerpt.as_str())), Some((6, "six")));
        history.record("a", ReadingPosition::new(2, 10, "two"));
        assert_eq!(history.get("a").map(|p| p.block), Some(2), "a place further down replaces it");
    }

    #[test]
    fn the_least_recently_read_is_forgotten_past_the_limit() {
        let mut history = ReadingHistory::default();
        for i in 0..=ReadingHistory::LIMIT {
            history.record(&format!("a{i}"), ReadingPosition::new(1, 3, "x"));
        }
        assert!(history.get("a0").is_none());
        assert!(history.get("a1").is_some());
        assert!(history.get(&format!("a{}", ReadingHistory::LIMIT)).is_some());
    }

    #[test]
    fn stored_junk_never_breaks_and_bad_entries_are_left_out() {
        for junk in ["", "null", "{}", "[1, \"x\"]", "[{\"id\": 3}]", "not json"] {
            assert!(ReadingHistory::from_stored(junk).is_empty(), "{junk}");
        }
        let stored = r#"[
            {"id": "ok", "block": 2, "blocks": 5, "excerpt": "好"},
            {"id": "../etc", "block": 1, "blocks": 5, "excerpt": "bad id"},
            {"id": "past-end", "block": 7, "blocks": 5, "excerpt": "bad block"},
            {"id": "long", "block": 1, "blocks": 5, "excerpt": "长长长长长长长长长长长长长长长长长长长长长长长长长长长长"}
        ]"#;
        let history = ReadingHistory::from_stored(stored);
        assert_eq!(history.get("ok").map(|p| p.block), Some(2));
        assert!(history.get("../etc").is_none());
        assert!(history.get("past-end").is_none());
        assert_eq!(history.get("long").map(|p| p.excerpt.chars().count()), Some(26));
    }

    #[test]
    fn starting_over_forgets_the_place_but_not_that_it_was_read() {
        let mut history = ReadingHistory::default();
        history.record("half", ReadingPosition::new(5, 10, "x"));
        history.record("done", ReadingPosition::new(9, 10, "x"));
        history.record("done", ReadingPosition::new(5, 10, "x"));
        history.start_over("half");
        history.start_over("done");
        history.start_over("never");
        assert!(history.get("half").is_none());
        let done = history.get("done").unwrap();
        assert_eq!((done.block, done.read, done.worth_offering()), (0, true, false));
    }

    #[test]
    fn a_forged_count_does_not_overflow() {
        let p =
            ReadingPosition { block: u32::MAX - 1, blocks: u32::MAX, excerpt: String::new(), read: false };
        assert_eq!(p.percent(), 100);
    }

    #[test]
    fn clearing_forgets_everything() {
        let mut history = ReadingHistory::default();
        history.record("a", ReadingPosition::new(1, 3, "x"));
        history.clear();
        assert!(history.is_empty());
        assert_eq!(history.to_stored(), "[]");
    }
}
