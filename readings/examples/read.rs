//! `cargo run --release -p changyue-readings --example read < text.txt`: each line of the text
//! with its 拼音, to check a text's readings by eye. With `--tsv`, one line a text line: the text,
//! a tab, the syllables (`_` for a character not read as a syllable), the form of the
//! hand-checked fixtures in `tests/`.

use std::io::Read as _;

fn main() {
    let tsv = std::env::args().any(|a| a == "--tsv");
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("the text is UTF-8");
    let reader = changyue_readings::Reader::default();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let readings = reader.read(line);
        if tsv {
            let said: Vec<String> =
                readings.iter().map(|r| r.syllable.as_ref().map_or("_".into(), |s| s.marked())).collect();
            println!("{line}\t{}", said.join(" "));
        } else {
            let said: Vec<String> = readings
                .iter()
                .map(|r| {
                    r.syllable
                        .as_ref()
                        .map_or_else(|| r.text.to_string(), |s| format!("{}{}", r.text, s.marked()))
                })
                .collect();
            println!("{}\n", said.join(" "));
        }
    }
}
