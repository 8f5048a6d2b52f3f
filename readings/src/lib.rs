//! How Chinese text is read aloud and in 拼音: each Han character's syllable and tone, chosen by
//! the word it is in and the words around it.
//!
//! ```text
//! 银行 → yín háng, 行走 → xíng zǒu, 长大 → zhǎng dà
//! ```

mod context;
mod lexicon;
pub mod numbers;
mod sandhi;
mod segment;
mod syllable;
pub mod training;

use context::{Model, Place};
use lexicon::Lexicon;
use segment::{Segmenter, Word};
pub use syllable::Syllable;

/// One character of a text and how it is read (`None` for what is not read as a syllable:
/// punctuation, digits, Latin letters, characters no dataset knows).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    pub text: char,
    pub syllable: Option<Syllable>,
}

/// Reads text. Building one loads the datasets and learns from the labelled sentences (a
/// fraction of a second in a release build); keep it and read many texts with it.
pub struct Reader {
    lexicon: Lexicon,
    segmenter: Segmenter,
    model: Model,
}

impl Default for Reader {
    fn default() -> Self {
        Reader::learning_from(&training::development())
    }
}

impl Reader {
    /// A reader taught by `examples` (the training split; tests of the method use folds of it).
    pub fn learning_from(examples: &[training::Example]) -> Reader {
        let lexicon = Lexicon::load();
        let segmenter = Segmenter::new(&lexicon);
        let mut reader = Reader { lexicon, segmenter, model: Model::default() };
        reader.relearn(examples);
        reader
    }

    /// Forgets what it learned and learns from `examples` instead (the datasets stay loaded).
    pub fn relearn(&mut self, examples: &[training::Example]) {
        let mut model = Model::default();
        for example in examples {
            let chars: Vec<char> = example.sentence.chars().collect();
            let words = self.segmenter.words(&example.sentence);
            if let Some(place) = self.place(&chars, &words, example.at) {
                model.learn(&place, &example.reading);
            }
        }
        self.model = model;
    }

    /// Every character of `text` with its reading.
    pub fn read(&self, text: &str) -> Vec<Reading> {
        let chars: Vec<char> = text.chars().collect();
        let words = self.segmenter.words(text);
        let mut syllables: Vec<Option<Syllable>> = (0..chars.len())
            .map(|at| self.reading_at(&chars, &words, at).and_then(|r| Syllable::from_numbered(&r)))
            .collect();
        sandhi::apply(&chars, &mut syllables);
        chars.into_iter().zip(syllables).map(|(text, syllable)| Reading { text, syllable }).collect()
    }

    /// The reading of the character at `at` of `sentence`, with a tone number (`hang2`).
    pub fn reading_in(&self, sentence: &str, at: usize) -> Option<String> {
        let chars: Vec<char> = sentence.chars().collect();
        self.reading_at(&chars, &self.segmenter.words(sentence), at)
    }

    fn reading_at(&self, chars: &[char], words: &[Word], at: usize) -> Option<String> {
        let mut readings = self.lexicon.of_char(*chars.get(at)?);
        let commonest = readings.next()?;
        if readings.next().is_none() {
            return Some(commonest.to_string());
        }
        let place = self.place(chars, words, at)?;
        Some(self.model.decide(&place).unwrap_or_else(|| commonest.to_string()))
    }

    fn place<'a>(&self, chars: &'a [char], words: &'a [Word], at: usize) -> Option<Place<'a>> {
        let word = words.iter().position(|w| w.start <= at && at < w.start + w.len)?;
        let phrase_reading = self.phrase_reading(chars, words[word], at);
        Some(Place { chars, words, at, word, phrase_reading })
    }

    /// What the phrase list says of the character at `at`: from the word it is in, or, when the
    /// segmenter's word is not in the list (充分发挥), from the longest listed part of that word
    /// holding the character (充分).
    fn phrase_reading(&self, chars: &[char], word: Word, at: usize) -> Option<&'static str> {
        let end = word.start + word.len;
        for len in (2..=word.len).rev() {
            let first = (at + 1).saturating_sub(len).max(word.start);
            for start in first..=at.min(end - len) {
                let text: String = chars[start..start + len].iter().collect();
                if let Some(reading) = self.lexicon.in_phrase(&text, at - start) {
                    return Some(reading);
                }
            }
        }
        None
    }
}
