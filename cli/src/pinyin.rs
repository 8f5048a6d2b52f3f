//! Each article's 拼音, made beside its data file (`data/articles/<id>.pinyin.json`, the format of
//! core's `pinyin`), for the app to fetch when a reader turns 拼音 on. The reading engine
//! (`changyue-readings`) is loaded once, by the first article that needs it, so a rebuild that
//! makes no article pays nothing for it.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use changyue_core::pinyin::{ArticleReadings, UNREAD};
use changyue_core::Article;
use changyue_readings::Reader;

static READER: OnceLock<Reader> = OnceLock::new();

/// The readings file of article `id` in the built site `dist`.
pub fn file(dist: &Path, id: &str) -> PathBuf {
    dist.join(changyue_core::paths::article_readings_file(id).trim_start_matches('/'))
}

/// Whether a file of the site's data folder is one the build makes (never the editor's).
pub fn is_readings_file(name: &str) -> bool {
    name.ends_with(".pinyin.json")
}

/// What the readings are made with (`changyue_readings::fingerprint`).
pub fn engine_fingerprint() -> u64 {
    changyue_readings::fingerprint()
}

pub fn readings_json(article: &Article) -> String {
    let reader = READER.get_or_init(Reader::default);
    ArticleReadings::of(article, |text| syllables(reader, text)).to_json()
}

fn syllables(reader: &Reader, text: &str) -> String {
    let said: Vec<String> = reader
        .read(text)
        .into_iter()
        .map(|r| r.syllable.map_or_else(|| UNREAD.to_owned(), |s| s.marked()))
        .collect();
    said.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use changyue_core::pinyin::{pair, texts_of, Piece};

    #[test]
    fn an_articles_readings_fit_its_texts() {
        let json = r#"{"id":"a","title":"银行行长","source":"本报","published":"2023-09-06T07:28:00+08:00",
            "body":[{"type":"paragraph","text":"他长大了，GDP增长5.2%。"}]}"#;
        let article = Article::from_json(json).unwrap().value;
        let readings = ArticleReadings::from_json(&readings_json(&article)).unwrap();
        let texts = texts_of(&article);
        let in_order = readings.in_order();
        let title = pair(texts[0].unwrap(), in_order[0].unwrap()).unwrap();
        assert_eq!(title[1], Piece::Annotated { base: "行".into(), syllable: "háng" });
        let body = pair(texts[2].unwrap(), in_order[2].unwrap()).unwrap();
        assert_eq!(body[1], Piece::Annotated { base: "长".into(), syllable: "zhǎng" });
        assert_eq!(body[4], Piece::Plain("，GDP".into()));
    }
}
