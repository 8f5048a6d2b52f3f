//! Text into words, so that a character is read as part of the word it is in (银行 háng, 行走
//! xíng). jieba's own dictionary decides the cuts; every phrase the lexicon can read is added to
//! it, so a word with a known reading is cut whole rather than split.

use jieba_rs::Jieba;

use crate::lexicon::Lexicon;

/// One word of a text: where it starts (in characters) and how many characters it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    pub start: usize,
    pub len: usize,
}

pub(crate) struct Segmenter {
    jieba: Jieba,
}

impl Segmenter {
    pub(crate) fn new(lexicon: &Lexicon) -> Segmenter {
        let mut jieba = Jieba::new();
        for word in lexicon.words() {
            jieba.add_word(word, None, None);
        }
        Segmenter { jieba }
    }

    /// The words of `text`, in order, covering every character. The hidden Markov model that
    /// guesses unknown words is off: a guessed word has no reading of its own to offer.
    pub(crate) fn words(&self, text: &str) -> Vec<Word> {
        let mut start = 0;
        self.jieba
            .cut(text, false)
            .into_iter()
            .map(|piece| {
                let len = piece.chars().count();
                let word = Word { start, len };
                start += len;
                word
            })
            .collect()
    }
}
