//! Polyphones that other tools read character by character, and the region's place names.

use changyue_readings::Reader;

fn pinyin(reader: &Reader, text: &str) -> String {
    let said: Vec<String> =
        reader.read(text).iter().filter_map(|r| r.syllable.as_ref().map(|s| s.marked())).collect();
    said.join(" ")
}

#[test]
fn a_polyphone_is_read_by_the_word_it_is_in() {
    let reader = Reader::default();
    for (text, said) in [
        ("银行", "yín háng"),
        ("行走", "xíng zǒu"),
        ("长大", "zhǎng dà"),
        ("长江", "cháng jiāng"),
        ("重要", "zhòng yào"),
        ("重新", "chóng xīn"),
        ("音乐", "yīn yuè"),
        ("快乐", "kuài lè"),
        ("充分发挥", "chōng fèn fā huī"),
        ("他为群众办实事", "tā wèi qún zhòng bàn shí shì"),
        ("以党组织为单位", "yǐ dǎng zǔ zhī wéi dān wèi"),
    ] {
        assert_eq!(pinyin(&reader, text), said, "{text}");
    }
}

#[test]
fn place_names_of_the_region() {
    let reader = Reader::default();
    for (text, said) in [
        ("鄂尔多斯", "è ěr duō sī"),
        ("乌审旗", "wū shěn qí"),
        ("乌兰陶勒盖镇", "wū lán táo lè gài zhèn"),
        ("嘎查村", "gā chá cūn"),
    ] {
        assert_eq!(pinyin(&reader, text), said, "{text}");
    }
}

#[test]
fn what_is_not_han_is_left_unread() {
    let reader = Reader::default();
    let read = reader.read("A1，😀<b>");
    assert!(read.iter().all(|r| r.syllable.is_none()));
    assert_eq!(read.len(), 7);
}

#[test]
fn a_long_hostile_text_is_read_whole() {
    let reader = Reader::default();
    let piece = "银行行长说：“<script>alert(1)</script>”😀𠀀𪚥ＧＤＰ增长5.2%，行行好。";
    let text = piece.repeat(200_000 / piece.chars().count() + 1);
    let read = reader.read(&text);
    assert_eq!(read.len(), text.chars().count());
    assert_eq!(read[0].syllable.as_ref().map(|s| s.marked()).as_deref(), Some("yín"));
    assert_eq!(read[1].syllable.as_ref().map(|s| s.marked()).as_deref(), Some("háng"));
}
