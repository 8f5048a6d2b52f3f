//! A text cut into words, with the indexes a reading needs at every character: where each
//! character starts in the text (so that neighbours and words are slices, never copies) and which
//! word holds it (so that finding it costs nothing, whatever the text's length).

use crate::segment::{Segmenter, Word};

pub(crate) struct Sentence<'a> {
    text: &'a str,
    pub chars: Vec<char>,
    /// Byte offset of each character, and the text's length last.
    starts: Vec<usize>,
    pub words: Vec<Word>,
    /// For each character, the index in `words` of the word holding it.
    word_of: Vec<usize>,
}

impl<'a> Sentence<'a> {
    pub(crate) fn cut(text: &'a str, segmenter: &Segmenter) -> Sentence<'a> {
        let (starts, chars): (Vec<usize>, Vec<char>) = text.char_indices().unzip();
        let mut starts = starts;
        starts.push(text.len());
        let words = segmenter.words(text);
        let mut word_of = vec![0; chars.len()];
        for (index, word) in words.iter().enumerate() {
            word_of[word.start..word.start + word.len].fill(index);
        }
        Sentence { text, chars, starts, words, word_of }
    }

    pub(crate) fn len(&self) -> usize {
        self.chars.len()
    }

    /// Characters `from..to`, clamped to the text (so `at - 2` at the start is simply shorter).
    pub(crate) fn slice(&self, from: isize, to: isize) -> &'a str {
        let clamp = |i: isize| i.clamp(0, self.chars.len() as isize) as usize;
        let (from, to) = (clamp(from), clamp(to).max(clamp(from)));
        &self.text[self.starts[from]..self.starts[to]]
    }

    pub(crate) fn word_text(&self, index: usize) -> &'a str {
        let w = self.words[index];
        self.slice(w.start as isize, (w.start + w.len) as isize)
    }

    pub(crate) fn word_at(&self, at: usize) -> usize {
        self.word_of[at]
    }

    /// For each character, whether it is the last of a word of two characters or more.
    pub(crate) fn word_ends(&self) -> Vec<bool> {
        let mut ends = vec![false; self.chars.len()];
        for word in self.words.iter().filter(|w| w.len > 1) {
            ends[word.start + word.len - 1] = true;
        }
        ends
    }
}
