//! The labelled sentences readings are learned from: the development split of the CPP polyphone
//! set (kakaobrain/g2pM, Apache-2.0; see `data/README.md`). Its test split is never learned from:
//! it is the held-out measure (`make readings-eval`).

static DEV_SENTENCES: &str = include_str!("../data/cpp/dev.sent");
static DEV_LABELS: &str = include_str!("../data/cpp/dev.lb");

/// One sentence with one labelled polyphone.
#[derive(Clone, Debug)]
pub struct Example {
    pub sentence: String,
    /// Where the polyphone is, in characters.
    pub at: usize,
    /// Its reading, with a tone number (`hang2`, `lü4`).
    pub reading: String,
}

/// The set's own lines: the polyphone between two `▁` marks (`国家银▁行▁。`), its label on the
/// same line of the label file (`hang2`, `lu:4`). A line that does not follow that form is skipped.
pub fn parse(sentences: &str, labels: &str) -> Vec<Example> {
    sentences.lines().zip(labels.lines()).filter_map(|(line, label)| example(line, label)).collect()
}

fn example(line: &str, label: &str) -> Option<Example> {
    let chars: Vec<char> = line.chars().collect();
    let at = chars.iter().position(|c| *c == '▁')?;
    if chars.get(at + 2) != Some(&'▁') {
        return None;
    }
    let sentence: String = chars.iter().filter(|c| **c != '▁').collect();
    let reading = crate::Syllable::from_numbered(label)?.numbered();
    Some(Example { sentence, at, reading })
}

/// The sentences the reader learns from.
pub fn development() -> Vec<Example> {
    parse(DEV_SENTENCES, DEV_LABELS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_labelled_line_gives_its_sentence_place_and_reading() {
        let e = &parse("比利时国家银▁行▁。\n", "hang2\n")[0];
        assert_eq!((e.sentence.as_str(), e.at, e.reading.as_str()), ("比利时国家银行。", 6, "hang2"));
        assert_eq!(parse("律▁师\n", "lu:4\n").len(), 0);
        assert_eq!(parse("▁律▁师\n", "lu:4\n")[0].reading, "lü4");
    }

    #[test]
    fn the_development_split_is_whole() {
        assert_eq!(development().len(), DEV_LABELS.lines().count());
    }
}
