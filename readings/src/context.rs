//! Which reading a character has where it stands, learned from sentences whose polyphones are
//! labelled: a decision list (Yarowsky's method) over the characters and words around it. Each
//! clue (the character before, the word it is in, the word after, …) has counts of the readings
//! it came with; the clue whose counts are most one-sided decides. A clue seen too seldom to be
//! trusted gives way to the phrase list; the character's own majority reading comes last.

use std::collections::HashMap;

use crate::segment::Word;

/// How far a clue must lean (log of the odds, counts smoothed by `SMOOTHING`) to outrank the
/// phrase list. Chosen by ten-fold cross-validation on the training sentences only.
const TRUSTED: f64 = 1.5;
const SMOOTHING: f64 = 1.0;
/// A phrase list reading is set aside when the training sentences contradict it at least twice
/// as often as they confirm it.
const PHRASE_OVERRULED: f64 = 0.5;

/// A character in its sentence, with the sentence cut into words.
pub(crate) struct Place<'a> {
    pub chars: &'a [char],
    pub words: &'a [Word],
    pub at: usize,
    /// The index in `words` of the word holding `at`.
    pub word: usize,
    /// What the phrase list says, if the word is in it.
    pub phrase_reading: Option<&'a str>,
}

impl Place<'_> {
    fn text(&self, from: isize, to: isize) -> String {
        let clamp = |i: isize| i.clamp(0, self.chars.len() as isize) as usize;
        self.chars[clamp(from)..clamp(to)].iter().collect()
    }

    fn word_text(&self, index: usize) -> String {
        let w = self.words[index];
        self.chars[w.start..w.start + w.len].iter().collect()
    }

    /// The clues of this place, strong ones (specific context) and the weak one (the character
    /// standing alone as a word, which says little more than the character's majority).
    fn clues(&self) -> (Vec<String>, Option<String>) {
        let c = self.chars[self.at];
        let i = self.at as isize;
        let mut strong = vec![
            format!("{c}L1{}", self.text(i - 1, i)),
            format!("{c}R1{}", self.text(i + 1, i + 2)),
            format!("{c}L2{}", self.text(i - 2, i)),
            format!("{c}R2{}", self.text(i + 1, i + 3)),
            format!("{c}LR{}|{}", self.text(i - 1, i), self.text(i + 1, i + 2)),
        ];
        let own = self.words[self.word];
        let weak = if own.len > 1 {
            strong.push(format!("{c}W{}|{}", self.word_text(self.word), self.at - own.start));
            None
        } else {
            Some(format!("{c}W"))
        };
        if self.word > 0 {
            strong.push(format!("{c}PW{}", self.word_text(self.word - 1)));
        }
        if self.word + 1 < self.words.len() {
            strong.push(format!("{c}NW{}", self.word_text(self.word + 1)));
        }
        if let Some(reading) = self.phrase_reading {
            strong.push(phrase_clue(c, reading));
        }
        (strong, weak)
    }
}

fn phrase_clue(c: char, reading: &str) -> String {
    format!("{c}D{reading}")
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
    clues: HashMap<String, Counts>,
    majority: HashMap<char, Counts>,
    reviewed: HashMap<String, &'static str>,
}

impl Default for Model {
    fn default() -> Self {
        let reviewed = REVIEWED_CLUES
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| match line.split('\t').collect::<Vec<_>>()[..] {
                [c, kind, text, reading] => Some((format!("{c}{kind}{text}"), reading)),
                _ => None,
            })
            .collect();
        Model { clues: HashMap::new(), majority: HashMap::new(), reviewed }
    }
}

impl Model {
    pub(crate) fn learn(&mut self, place: &Place, reading: &str) {
        let (strong, weak) = place.clues();
        for clue in strong.into_iter().chain(weak) {
            self.clues.entry(clue).or_default().add(reading);
        }
        self.majority.entry(place.chars[place.at]).or_default().add(reading);
    }

    /// The reading at `place`, or `None` when neither the sentences nor the phrase list know the
    /// character (the caller then takes its commonest reading).
    pub(crate) fn decide(&self, place: &Place) -> Option<String> {
        let (strong, weak) = place.clues();
        let reviewed = strong.iter().chain(&weak).find_map(|clue| self.reviewed.get(clue));
        if let (Some(reading), None) = (reviewed, place.phrase_reading) {
            return Some(reading.to_string());
        }
        let best = self.most_one_sided(&strong);
        if let Some((reading, lean)) = best {
            if lean >= TRUSTED {
                return Some(reading.to_string());
            }
        }
        if let Some(reading) = place.phrase_reading.filter(|r| self.phrase_stands(place.chars[place.at], r)) {
            return Some(reading.to_string());
        }
        if let Some((reading, _)) =
            best.or_else(|| self.most_one_sided(&weak.into_iter().collect::<Vec<_>>()))
        {
            return Some(reading.to_string());
        }
        let majority = self.majority.get(&place.chars[place.at]).and_then(Counts::leaning);
        majority.map(|(reading, _)| reading.to_string())
    }

    fn most_one_sided(&self, clues: &[String]) -> Option<(&str, f64)> {
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
