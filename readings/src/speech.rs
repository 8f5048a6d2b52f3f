//! Text as a speech engine reading tone-numbered 拼音 is given it (espeak-ng's `cmn-latn-pinyin`
//! voice, and any engine a site configures the same way): numbers said as words, each character
//! its syllable with `v` for `ü`, Latin letters by the names Chinese readers give them (GDP: jī dī
//! pī), punctuation as pauses. Nothing else of the text reaches the engine.

use crate::numbers;
use crate::Reader;

/// Each Latin letter as Chinese readers commonly say it, in tone-numbered syllables.
const LETTERS: [&str; 26] = [
    "ei1",
    "bi4",
    "xi1",
    "di4",
    "yi4",
    "ai2 fu1",
    "ji4",
    "ai2 qi1",
    "ai4",
    "jie4",
    "kai4",
    "ai2 le5",
    "ai2 mu5",
    "en1",
    "ou1",
    "pi4",
    "qiu1",
    "a4",
    "ai2 si1",
    "ti4",
    "you1",
    "wei1",
    "da2 bu5 liu5",
    "ai2 ke4 si1",
    "wai4",
    "zei4",
];

impl Reader {
    /// `text` as tone-numbered syllables for a speech engine: `zhong1 guo2 , ren2 min2 .`.
    pub fn for_speech(&self, text: &str) -> String {
        let spoken = numbers::spoken(text);
        let mut out: Vec<String> = Vec::new();
        for reading in self.read(&spoken) {
            let c = reading.text;
            let said = match reading.syllable {
                Some(syllable) => syllable.numbered().replace('ü', "v"),
                None if c.is_ascii_alphabetic() => {
                    LETTERS[(c.to_ascii_lowercase() as u8 - b'a') as usize].to_owned()
                }
                None if is_full_stop(c) => ".".to_owned(),
                None if is_pause(c) => ",".to_owned(),
                None => continue,
            };
            // One pause is enough where marks stand together (“”，).
            if (said == "," || said == ".") && out.last().is_some_and(|last| last == "," || last == ".") {
                continue;
            }
            out.push(said);
        }
        out.join(" ")
    }
}

fn is_full_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '.' | '；' | ';' | '…')
}

fn is_pause(c: char) -> bool {
    matches!(
        c,
        '，' | ','
            | '、'
            | '：'
            | ':'
            | '（'
            | '）'
            | '('
            | ')'
            | '—'
            | '-'
            | '“'
            | '”'
            | '《'
            | '》'
            | ' '
    )
}

#[cfg(test)]
mod tests {
    use crate::Reader;

    #[test]
    fn a_sentence_becomes_syllables_letters_and_pauses() {
        let reader = Reader::default();
        assert_eq!(
            reader.for_speech("GDP增长5.2%。"),
            "ji4 di4 pi4 zeng1 zhang3 bai3 fen1 zhi1 wu3 dian3 er4 ."
        );
        assert_eq!(reader.for_speech("女律师，“银行”"), "nv3 lv4 shi1 , yin2 hang2 ,");
        assert_eq!(reader.for_speech("<script>😀"), "ai2 si1 xi1 a4 ai4 pi4 ti4");
    }
}
