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
mod sentence;
mod speech;
mod syllable;
pub mod training;

use context::{Model, Place};
use lexicon::Lexicon;
use segment::Segmenter;
use sentence::Sentence;
pub use syllable::Syllable;

const LONGEST_PHRASE: usize = 16;

/// A hash of the engine's code and data: readings made by another engine are made again.
pub fn fingerprint() -> u64 {
    u64::from_str_radix(env!("CHANGYUE_READINGS_FINGERPRINT"), 16).unwrap_or(0)
}

/// One character of a text and how it is read (`None` for what is not read as a syllable:
/// punctuation, digits, Latin letters, characters no dataset knows).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    pub text: char,
    pub syllable: Option<Syllable>,
}

/// Reads text. Building one loads the datasets and learns from the labelled sentences: build it
/// once and read many texts with it.
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
            let sentence = Sentence::cut(&example.sentence, &self.segmenter);
            if example.at < sentence.len() {
                model.learn(&self.place(&sentence, example.at), &example.reading);
            }
        }
        self.model = model;
    }

    /// Every character of `text` with its reading.
    pub fn read(&self, text: &str) -> Vec<Reading> {
        let sentence = Sentence::cut(text, &self.segmenter);
        let mut syllables: Vec<Option<Syllable>> = (0..sentence.len())
            .map(|at| self.reading_at(&sentence, at).and_then(Syllable::from_numbered))
            .collect();
        sandhi::apply(&sentence.chars, &mut syllables, &sentence.word_ends());
        sentence.chars.iter().zip(syllables).map(|(&text, syllable)| Reading { text, syllable }).collect()
    }

    /// The reading of the character at `at` of `sentence`, with a tone number (`hang2`).
    pub fn reading_in(&self, sentence: &str, at: usize) -> Option<String> {
        let sentence = Sentence::cut(sentence, &self.segmenter);
        (at < sentence.len()).then(|| self.reading_at(&sentence, at)).flatten().map(str::to_owned)
    }

    fn reading_at<'r>(&'r self, sentence: &Sentence, at: usize) -> Option<&'r str> {
        let mut readings = self.lexicon.of_char(sentence.chars[at]);
        let commonest = readings.next()?;
        if readings.next().is_none() {
            return Some(commonest);
        }
        if !self.model.knows(sentence.chars[at]) {
            return Some(self.phrase_reading(sentence, at).unwrap_or(commonest));
        }
        Some(self.model.decide(&self.place(sentence, at)).unwrap_or(commonest))
    }

    fn place<'s>(&self, sentence: &'s Sentence<'s>, at: usize) -> Place<'s> {
        let word = sentence.word_at(at);
        let phrase_reading = self.phrase_reading(sentence, at);
        Place { sentence, at, word, phrase_reading }
    }

    /// What the phrase list says of the character at `at`: from the word it is in, or, when the
    /// segmenter's word is not in the list (充分发挥), from the longest listed part of that word
    /// holding the character (充分).
    fn phrase_reading(&self, sentence: &Sentence, at: usize) -> Option<&'static str> {
        let word = sentence.words[sentence.word_at(at)];
        let end = word.start + word.len;
        // No listed phrase is longer than this; a run the segmenter left whole is not searched further.
        for len in (2..=word.len.min(LONGEST_PHRASE)).rev() {
            let first = (at + 1).saturating_sub(len).max(word.start);
            for start in first..=at.min(end - len) {
                let text = sentence.slice(start as isize, (start + len) as isize);
                if let Some(reading) = self.lexicon.in_phrase(text, at - start) {
                    return Some(reading);
                }
            }
        }
        None
    }
}
