//! Every syllable of the seed article is read right (the hand-checked fixture beside this file).

use changyue_readings::Reader;

#[test]
fn every_syllable_of_the_seed_article_is_read_right() {
    let reader = Reader::default();
    let mut wrong = Vec::new();
    let mut syllables = 0;
    for line in include_str!("seed-article.tsv").lines().filter(|l| !l.starts_with('#')) {
        let (text, expected) = line.split_once('\t').expect("text, tab, syllables");
        let expected: Vec<&str> = expected.split(' ').collect();
        let read = reader.read(text);
        assert_eq!(read.len(), expected.len(), "{text}");
        for (reading, want) in read.iter().zip(expected) {
            let got = reading.syllable.as_ref().map_or("_".to_string(), |s| s.marked());
            syllables += usize::from(want != "_");
            if got != want {
                wrong.push(format!("{} read {got}, not {want}", reading.text));
            }
        }
    }
    assert!(syllables > 1500, "the fixture holds the whole article ({syllables} syllables)");
    assert!(wrong.is_empty(), "{} of {syllables} misread: {wrong:?}", wrong.len());
}
