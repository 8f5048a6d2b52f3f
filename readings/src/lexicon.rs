//! What the datasets say: the readings of phrases and of single characters, and the reviewed
//! readings that take precedence over both.

use rustc_hash::FxHashMap as HashMap;

static PHRASES: &str = include_str!(concat!(env!("OUT_DIR"), "/phrases.tsv"));
static CHARS: &str = include_str!(concat!(env!("OUT_DIR"), "/chars.tsv"));
/// Hand-checked readings: the place names of this region and words the datasets read wrongly.
static REVIEWED: &str = include_str!("../data/reviewed.tsv");

pub(crate) struct Lexicon {
    /// `银行` → `yin2 hang2`.
    phrases: HashMap<&'static str, &'static str>,
    /// `行` → `xing2,hang2`, the commonest first.
    chars: HashMap<char, &'static str>,
}

fn lines(table: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    table
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| line.split_once('\t'))
}

impl Lexicon {
    pub(crate) fn load() -> Lexicon {
        let mut phrases: HashMap<_, _> = lines(PHRASES).collect();
        phrases.extend(lines(REVIEWED));
        let chars = lines(CHARS).filter_map(|(c, readings)| Some((c.chars().next()?, readings))).collect();
        Lexicon { phrases, chars }
    }

    /// The words a segmenter should know as words (every phrase of two characters or more), in
    /// the tables' order: the segmenter's word weights depend on the order they were added in,
    /// and the same text must always be cut the same way.
    pub(crate) fn words(&self) -> impl Iterator<Item = &'static str> {
        lines(PHRASES).chain(lines(REVIEWED)).map(|(word, _)| word).filter(|w| w.chars().nth(1).is_some())
    }

    /// The reading of the character at `at` (in characters) of `word`, if the word is known.
    pub(crate) fn in_phrase(&self, word: &str, at: usize) -> Option<&'static str> {
        self.phrases.get(word)?.split(' ').nth(at)
    }

    /// Every reading of a character, the commonest first; empty for what is not a Han character.
    pub(crate) fn of_char(&self, c: char) -> impl Iterator<Item = &'static str> {
        self.chars.get(&c).copied().unwrap_or("").split(',').filter(|s| !s.is_empty())
    }
}
