//! Converts the open pinyin datasets in `data/` (tone marks, one file per source) into the two
//! tables the crate reads (numbered syllables, one line an entry), so that the crate itself never
//! parses tone marks or skips a malformed line at run time.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::{env, fs, path::Path};

#[path = "src/syllable.rs"]
#[allow(dead_code)]
mod syllable;

use syllable::Syllable;

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let phrases = phrase_table(&read("data/phrase-pinyin-data/pinyin.txt"));
    fs::write(Path::new(&out).join("phrases.tsv"), phrases).expect("OUT_DIR is writable");
    let chars = char_table(&read("data/pinyin-data/kHanyuPinlu.txt"), &read("data/pinyin-data/pinyin.txt"));
    fs::write(Path::new(&out).join("chars.tsv"), chars).expect("OUT_DIR is writable");
    println!("cargo:rustc-env=CHANGYUE_READINGS_FINGERPRINT={:016x}", fingerprint(&["data", "src"]));
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src");
}

/// A hash of every file under `folders`: what the readings are made from, so that a site's build
/// remakes them when the engine or its data changed, and only then.
fn fingerprint(folders: &[&str]) -> u64 {
    fn add(path: &Path, hasher: &mut std::collections::hash_map::DefaultHasher) {
        use std::hash::Hash;
        let mut entries: Vec<_> =
            fs::read_dir(path).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
        entries.sort();
        for entry in entries {
            if entry.is_dir() {
                add(&entry, hasher);
            } else if let Ok(bytes) = fs::read(&entry) {
                entry.to_string_lossy().hash(hasher);
                bytes.hash(hasher);
            }
        }
    }
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for folder in folders {
        add(Path::new(folder), &mut hasher);
    }
    std::hash::Hasher::finish(&hasher)
}

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Lines such as `U+884C: xíng,háng  # 行`, comments and blank lines skipped.
fn entries(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split('#').next()?.split_once(':'))
        .map(|(key, value)| (key.trim(), value.trim()))
}

fn numbered(marked: &str) -> Option<String> {
    Syllable::from_marked(marked).map(|s| s.numbered())
}

/// `银行\tyin2 hang2`: phrases whose syllables match their characters one for one.
fn phrase_table(source: &str) -> String {
    let mut table = String::new();
    for (word, readings) in entries(source) {
        let syllables: Option<Vec<String>> = readings.split_whitespace().map(numbered).collect();
        match syllables {
            Some(s) if s.len() == word.chars().count() => {
                let _ = writeln!(table, "{word}\t{}", s.join(" "));
            }
            _ => {}
        }
    }
    table
}

/// `行\txing2,hang2`: every reading of a character, the commonest first: kHanyuPinlu's frequency
/// order where it has the character, the dataset's order otherwise. kHanyuPinlu counts readings
/// inside words (任务 rènwu, 教训 jiàoxun), so it puts a neutral tone first for characters that are
/// neutral only as the second syllable of a word; a character standing alone is read with its
/// full tone unless the dataset itself gives the neutral tone first (了, 的, 们).
fn char_table(by_frequency: &str, all: &str) -> String {
    let mut readings: BTreeMap<char, Vec<String>> = BTreeMap::new();
    let mut neutral_first: BTreeMap<char, bool> = BTreeMap::new();
    for (code, list) in entries(all) {
        if let Some(c) = char_of(code) {
            neutral_first
                .insert(c, list.split(',').next().and_then(numbered).is_some_and(|s| s.ends_with('5')));
        }
    }
    for (code, list) in entries(by_frequency).chain(entries(all)) {
        let Some(c) = char_of(code) else { continue };
        let known = readings.entry(c).or_default();
        for syllable in list.split(',').filter_map(numbered) {
            if !known.contains(&syllable) {
                known.push(syllable);
            }
        }
    }
    let mut table = String::new();
    for (c, list) in readings.iter_mut().filter(|(_, list)| !list.is_empty()) {
        if !neutral_first.get(c).copied().unwrap_or(false) {
            list.sort_by_key(|s| s.ends_with('5'));
        }
        let _ = writeln!(table, "{c}\t{}", list.join(","));
    }
    table
}

fn char_of(code: &str) -> Option<char> {
    code.strip_prefix("U+").and_then(|hex| u32::from_str_radix(hex, 16).ok()).and_then(char::from_u32)
}
