//! Which reading a character has where it stands, learned from sentences whose polyphones are
//! labelled: a decision list (Yarowsky's method) over the characters and words around it. Each
//! clue (the character before, the word it is in, the word after, …) has counts of the readings
//! it came with; the clue whose counts are most one-sided decides. A clue seen too seldom to be
//! trusted gives way to the phrase list; the character's own majority reading comes last.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet, FxHasher};

use crate::sentence::Sentence;

/// How far a clue must lean (log of the odds, counts smoothed by `SMOOTHING`) to outrank the
/// phrase list. Chosen by ten-fold cross-validation on the training sentences only.
const TRUSTED: f64 = 1.5;
const SMOOTHING: f64 = 1.0;
/// A phrase list reading is set aside when the training sentences contradict it at least twice
/// as often as they confirm it.
const PHRASE_OVERRULED: f64 = 0.5;

/// A character in its sentence.
pub(crate) struct Place<'a> {
    pub sentence: &'a Sentence<'a>,
    pub at: usize,
    /// The index of the word holding `at`.
    pub word: usize,
    /// What the phrase list says, if the word is in it.
    pub phrase_reading: Option<&'static str>,
}

/// A clue, hashed: the character, the kind of clue and its text. Hashing the parts rather than
/// joining them into a string spares an allocation for nearly every clue (the hash has no random
/// key, so the same clue always has the same key).
type Clue = u64;

fn clue(c: char, kind: &str, text: &str, number: usize) -> Clue {
    let mut hasher = FxHasher::default();
    (c, kind, text, number).hash(&mut hasher);
    hasher.finish()
}

impl Place<'_> {
    /// The clues of this place, strong ones (specific context) and the weak one (the character
    /// standing alone as a word, which says little more than the character's majority).
    fn clues(&self) -> (Vec<Clue>, Option<Clue>) {
        let s = self.sentence;
        let c = s.chars[self.at];
        let i = self.at as isize;
        let left_right = [s.slice(i - 1, i), "|", s.slice(i + 1, i + 2)].concat();
        let mut strong = vec![
            clue(c, "L1", s.slice(i - 1, i), 0),
            clue(c, "R1", s.slice(i + 1, i + 2), 0),
            clue(c, "L2", s.slice(i - 2, i), 0),
            clue(c, "R2", s.slice(i + 1, i + 3), 0),
            clue(c, "LR", &left_right, 0),
        ];
        let own = s.words[self.word];
        let weak = if own.len > 1 {
            strong.push(clue(c, "W", s.word_text(self.word), self.at - own.start));
            None
        } else {
            Some(clue(c, "W", "", 0))
        };
        if self.word > 0 {
            strong.push(clue(c, "PW", s.word_text(self.word - 1), 0));
        }
        if self.word + 1 < s.words.len() {
            strong.push(clue(c, "NW", s.word_text(self.word + 1), 0));
        }
        if let Some(reading) = self.phrase_reading {
            strong.push(phrase_clue(c, reading));
        }
        (strong, weak)
    }
}

fn phrase_clue(c: char, reading: &str) -> Clue {
    clue(c, "D", reading, 0)
}

/// Readings seen with a clue, and how often.
#[derive(Default)]
struct Counts(HashMap<String, u32>);

impl Counts {
    fn add(&mut self, reading: &str) {
        *self.0.entry(reading.to_string()).or_default() += 1;
    }

    fn of(&self, reading: &str) -> u32 {
        self.0.get(reading).copied().unwrap_or(0)
    }

    fn total(&self) -> u32 {
        self.0.values().sum()
    }

    /// The commonest reading (ties to the alphabetically first, so that learning is
    /// deterministic) and how far it leans.
    fn leaning(&self) -> Option<(&str, f64)> {
        let (reading, n) = self.0.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?;
        let rest = self.total() - n;
        Some((reading, ((*n as f64 + SMOOTHING) / (rest as f64 + SMOOTHING)).ln()))
    }
}

/// Hand-checked clues (`data/reviewed-clues.tsv`): the character, the kind of clue, its text, the
/// reading. Where the phrase list has no word for the place, they decide before anything learned.
static REVIEWED_CLUES: &str = include_str!("../data/reviewed-clues.tsv");

/// What the labelled sentences taught, and the reviewed clues.
pub(crate) struct Model {
    clues: HashMap<Clue, Counts>,
    majority: HashMap<char, Counts>,
    reviewed: HashMap<Clue, &'static str>,
    reviewed_chars: HashSet<char>,
}

impl Default for Model {
    fn default() -> Self {
        let lines: Vec<(char, Clue, &str)> = REVIEWED_CLUES
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| match line.split('\t').collect::<Vec<_>>()[..] {
                [c, kind, text, reading] => {
                    let c = c.chars().next()?;
                    Some((c, clue(c, kind, text, 0), reading))
                }
                _ => None,
            })
            .collect();
        Model {
            clues: HashMap::default(),
            majority: HashMap::default(),
            reviewed: lines.iter().map(|&(_, clue, reading)| (clue, reading)).collect(),
            reviewed_chars: lines.iter().map(|&(c, _, _)| c).collect(),
        }
    }
}

impl Model {
    /// Whether anything learned or reviewed is about `c`: for any other character only the
    /// phrase list can say more than its commonest reading, and no clue need be looked at.
    pub(crate) fn knows(&self, c: char) -> bool {
        self.majority.contains_key(&c) || self.reviewed_chars.contains(&c)
    }

    pub(crate) fn learn(&mut self, place: &Place, reading: &str) {
        let (strong, weak) = place.clues();
        for clue in strong.into_iter().chain(weak) {
            self.clues.entry(clue).or_default().add(reading);
        }
        self.majority.entry(place.sentence.chars[place.at]).or_default().add(reading);
    }

    /// The reading at `place`, or `None` when neither the sentences nor the phrase list know the
    /// character (the caller then takes its commonest reading).
    pub(crate) fn decide(&self, place: &Place) -> Option<&str> {
        let (strong, weak) = place.clues();
        let reviewed = strong.iter().chain(&weak).find_map(|clue| self.reviewed.get(clue));
        if let (Some(reading), None) = (reviewed, place.phrase_reading) {
            return Some(reading);
        }
        let best = self.most_one_sided(&strong);
        if let Some((reading, lean)) = best {
            if lean >= TRUSTED {
                return Some(reading);
            }
        }
        let c = place.sentence.chars[place.at];
        if let Some(reading) = place.phrase_reading.filter(|r| self.phrase_stands(c, r)) {
            return Some(reading);
        }
        if let Some((reading, _)) =
            best.or_else(|| self.most_one_sided(&weak.into_iter().collect::<Vec<_>>()))
        {
            return Some(reading);
        }
        self.majority.get(&c).and_then(Counts::leaning).map(|(reading, _)| reading)
    }

    fn most_one_sided(&self, clues: &[Clue]) -> Option<(&str, f64)> {
        clues.iter().filter_map(|clue| self.clues.get(clue)?.leaning()).fold(
            None,
            |best: Option<(&str, f64)>, (reading, lean)| match best {
                Some((_, top)) if top >= lean => best,
                _ => Some((reading, lean)),
            },
        )
    }

    fn phrase_stands(&self, c: char, reading: &str) -> bool {
        let Some(counts) = self.clues.get(&phrase_clue(c, reading)) else { return true };
        let confirmed = counts.of(reading) as f64 + SMOOTHING;
        let contradicted = (counts.total() - counts.of(reading)) as f64 + SMOOTHING;
        confirmed >= PHRASE_OVERRULED * contradicted
    }
}
