//! Chinese sentence splitting for read-aloud: each sentence is read, highlighted and skipped
//! as a unit.
//!
//! A sentence ends at 。！？；, at …… (or a single …), at ! ? ; and at a full stop `.` that
//! is not inside a number (3.5) or a word (www.gov.cn), and at a line end. Closing quotes and
//! brackets that follow the end belong to the sentence (“好。” stays whole), and a run of
//! enders (？！ or ……) is one end.

use std::ops::Range;

const ENDERS: &[char] = &['。', '！', '？', '；', '…', '!', '?', ';', '\n'];
const CLOSERS: &[char] = &['”', '’', '」', '』', '）', '》', '】', '〕', '"', '\'', ')', ']'];

/// The sentences of a text as byte ranges into it, without surrounding white space.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        let ends = ENDERS.contains(&c) || (c == '.' && full_stop(&chars, i));
        if !ends {
            i += 1;
            continue;
        }
        // Take the whole run of enders, then any closing quotes and brackets.
        let mut j = i + 1;
        while j < chars.len() && (ENDERS.contains(&chars[j].1) || chars[j].1 == '.') {
            j += 1;
        }
        while j < chars.len() && CLOSERS.contains(&chars[j].1) {
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |&(at, _)| at);
        push_trimmed(text, start..end, &mut sentences);
        start = end;
        i = j;
    }
    push_trimmed(text, start..text.len(), &mut sentences);
    sentences
}

/// A `.` ends a sentence unless a letter or digit follows at once (3.5, www.gov.cn, v1.2).
fn full_stop(chars: &[(usize, char)], i: usize) -> bool {
    chars.get(i + 1).is_none_or(|&(_, next)| !next.is_alphanumeric())
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[range.clone()];
    let trimmed = piece.trim();
    // A piece of only enders or quotes (a stray "……") is not a sentence of its own.
    if trimmed.chars().any(|c| !ENDERS.contains(&c) && !CLOSERS.contains(&c) && c != '.') {
        let lead = piece.len() - piece.trim_start().len();
        out.push(range.start + lead..range.start + lead + trimmed.len());
    }
}

/// The same sentences as UTF-16 offsets, the unit of DOM ranges and of JavaScript strings.
pub fn sentence_spans_utf16(text: &str) -> Vec<Range<u32>> {
    let mut spans = Vec::new();
    let (mut byte, mut unit) = (0, 0u32);
    let mut advance = |to: usize| {
        unit += text[byte..to].encode_utf16().count() as u32;
        byte = to;
        unit
    };
    for range in split_sentences(text) {
        let start = advance(range.start);
        let end = advance(range.end);
        spans.push(start..end);
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_on_chinese_enders() {
        assert_eq!(
            split("今天下雨。明天晴！后天呢？再说；好"),
            ["今天下雨。", "明天晴！", "后天呢？", "再说；", "好"]
        );
    }

    #[test]
    fn keeps_closing_quotes_and_brackets_with_their_sentence() {
        assert_eq!(split("他说：“我们走吧。”大家都笑了。"), ["他说：“我们走吧。”", "大家都笑了。"]);
        assert_eq!(split("（完。）下一段。"), ["（完。）", "下一段。"]);
        assert_eq!(split("《书名》很好！」然后"), ["《书名》很好！」", "然后"]);
    }

    #[test]
    fn a_run_of_enders_is_one_end() {
        assert_eq!(split("真的吗？！是的……好吧。"), ["真的吗？！", "是的……", "好吧。"]);
    }

    #[test]
    fn never_splits_inside_a_number_or_a_web_address() {
        assert_eq!(
            split("增长了3.5个百分点。访问www.gov.cn查看。"),
            ["增长了3.5个百分点。", "访问www.gov.cn查看。"]
        );
        assert_eq!(split("It costs 1.25 yuan. Buy it."), ["It costs 1.25 yuan.", "Buy it."]);
    }

    #[test]
    fn line_ends_end_sentences_and_white_space_is_left_out() {
        assert_eq!(split("  第一行\n第二行。 \n\n  "), ["第一行", "第二行。"]);
        assert!(split("").is_empty());
        assert!(split("……").is_empty());
    }

    /// Every paragraph of the real seed article: the sentences, put back together, are the
    /// paragraph; each but a paragraph's last ends with an ender (and its closers).
    #[test]
    fn the_seed_article_file_splits_cleanly() {
        let file = include_str!("../../../public/data/articles/wulantaolegai-practice.json");
        let article = crate::Article::from_json(file).unwrap().value;
        let mut total = 0;
        for block in &article.body {
            let crate::Block::Paragraph(text) = block else { continue };
            let sentences = split(text);
            total += sentences.len();
            let strip = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(strip(&sentences.concat()), strip(text));
            for s in &sentences[..sentences.len() - 1] {
                let last = s.trim_end_matches(CLOSERS).chars().last().unwrap();
                assert!(ENDERS.contains(&last) || last == '.', "{s}");
            }
        }
        assert!(total >= 30, "{total} sentences");
    }

    #[test]
    fn the_seed_article_splits_into_whole_sentences() {
        let text = "百舸争流，奋楫者先。今年以来，乌审旗乌兰陶勒盖镇把抓党建促乡村振兴工作摆在首要位置，推动基层党建与乡村振兴深度融合，“党建红”成为乡村振兴的“底色”。";
        assert_eq!(split(text).len(), 2);
        assert_eq!(split(text)[0], "百舸争流，奋楫者先。");
        assert!(split(text)[1].ends_with("“底色”。"));
    }

    #[test]
    fn utf16_spans_count_what_javascript_counts() {
        // 𠀀 is outside the BMP: one char, four bytes, two UTF-16 units.
        let text = "第一句。𠀀第二句！ ok.";
        let spans = sentence_spans_utf16(text);
        assert_eq!(spans, vec![0..4, 4..10, 11..14]);
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16(&units[4..10]).unwrap(), "𠀀第二句！");
    }
}
