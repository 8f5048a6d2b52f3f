//! Property tests: whatever arrives (data files, stored settings, urls), nothing panics,
//! errors are typed, text stays text, and what is written reads back the same.

use changyue_core::speech::split_sentences;
use changyue_core::{
    Article, ArticleIndex, Block, Choice, ColorScheme, ContentWidth, DataError, FontScale, LetterSpacing,
    LineHeight, QrCode, SafeUrl, Settings, Site,
};
use proptest::prelude::*;
use serde_json::{json, Value};

/// Strings that look like URLs often enough to reach every rule: a scheme or start that matters
/// (`https://`, `HTTP://`, `//`, `/`, `javascript:`, `data:`, none), then a host-like part that
/// now and then holds `@`, `\\` or spaces, then a path or anything.
fn url_like() -> impl Strategy<Value = String> {
    let start =
        prop::sample::select(vec!["https://", "HTTP://", "http://", "//", "/", "javascript:", "data:", ""]);
    let host = prop_oneof![3 => "[a-z0-9.-]{1,12}", 1 => "[a-z0-9.@\\\\ -]{0,12}"];
    (start, host, prop_oneof!["", "/[a-z0-9/?#=&.-]{0,12}", any::<String>()])
        .prop_map(|(start, host, rest)| format!("{start}{host}{rest}"))
}

/// Any JSON value, up to a few levels deep, with any text in it and the field names we read.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        any::<String>().prop_map(Value::from),
        "(paragraph|heading|quote|image|list|video|wechat|app)".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                "(id|title|source|published|body|type|text|items|src|alt|caption|ordered|name|links|channels|url|kind|articles|[a-z]{1,6})",
                inner,
                0..8,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every error the parsers give can be told to the reader.
fn told(error: &DataError) -> bool {
    !error.message().is_empty()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_text_as_a_data_file_never_panics(text in any::<String>()) {
        if let Err(e) = Article::from_json(&text) { prop_assert!(told(&e)); }
        if let Err(e) = Site::from_json(&text) { prop_assert!(told(&e)); }
        if let Err(e) = ArticleIndex::from_json(&text) { prop_assert!(told(&e)); }
    }

    #[test]
    fn any_json_shape_never_panics(value in any_json()) {
        let text = value.to_string();
        if let Err(e) = Article::from_json(&text) { prop_assert!(told(&e)); }
        if let Err(e) = Site::from_json(&text) { prop_assert!(told(&e)); }
        if let Err(e) = ArticleIndex::from_json(&text) { prop_assert!(told(&e)); }
    }

    /// Content is data: any text, markup included, comes out exactly as it went in.
    #[test]
    fn article_text_comes_back_unchanged(
        title in "\\PC{1,40}",
        paragraphs in prop::collection::vec("\\PC{1,80}", 1..6),
    ) {
        prop_assume!(!title.trim().is_empty() && paragraphs.iter().all(|p| !p.trim().is_empty()));
        let body: Vec<Value> = paragraphs.iter().map(|p| json!({"type": "paragraph", "text": p})).collect();
        let file = json!({"id": "a-1", "title": title, "source": "来源", "published": "2024-01-02T03:04:05Z", "body": body});
        let article = Article::from_json(&file.to_string()).unwrap().value;
        prop_assert_eq!(article.title, title);
        let texts: Vec<String> = article
            .body
            .into_iter()
            .map(|b| match b { Block::Paragraph(t) => t, other => panic!("{other:?}") })
            .collect();
        prop_assert_eq!(texts, paragraphs);
    }

    #[test]
    fn any_url_is_refused_or_safe(raw in url_like()) {
        if let Some(url) = SafeUrl::parse(&raw) {
            let s = url.as_str();
            prop_assert_eq!(s, raw.as_str(), "a URL is taken as it is, or not at all");
            prop_assert!(!s.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\'));
            let lower = s.to_ascii_lowercase();
            match lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")) {
                Some(rest) => {
                    let authority = rest.split(['/', '?', '#']).next().unwrap();
                    prop_assert!(!authority.is_empty(), "a host: {}", s);
                    prop_assert!(!authority.contains('@'), "no user info: {}", s);
                }
                None => prop_assert!(s.starts_with('/') && !s.starts_with("//"), "site-relative: {}", s),
            }
        }
    }

    #[test]
    fn any_stored_settings_read_without_panic(stored in any::<String>(), value in any_json()) {
        let _ = Settings::from_stored(&stored);
        let read = Settings::from_stored(&value.to_string());
        // Whatever was read is a valid value that survives its own round trip.
        prop_assert_eq!(Settings::from_stored(&read.to_stored()), read);
    }

    #[test]
    fn every_settings_value_round_trips(
        font in 0usize..14, line in 0usize..4, letter in 0usize..4, width in 0usize..3,
        scheme in prop::option::of(0usize..6), text_only: bool, pinyin: bool, elder: bool,
    ) {
        let mut scale = FontScale::MIN;
        for _ in 0..font { scale = scale.larger().unwrap(); }
        let settings = Settings {
            font_scale: scale,
            line_height: LineHeight::ALL[line],
            letter_spacing: LetterSpacing::ALL[letter],
            width: ContentWidth::ALL[width],
            scheme: scheme.map(|i| ColorScheme::ALL[i]),
            text_only,
            pinyin,
            elder,
        };
        prop_assert_eq!(Settings::from_stored(&settings.to_stored()), settings);
        prop_assert!(settings.effective_font_scale() >= settings.min_font_scale());
        prop_assert!(settings.effective_line_height() >= settings.min_line_height());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Sentences are in order, inside the text, never empty, and lose nothing but white space
    /// (and stray enders with no words).
    #[test]
    fn sentence_splitting_keeps_every_word(text in "[\\PC。！？；…“”（）\\n .0-9]{0,120}") {
        let ranges = split_sentences(&text);
        let mut at = 0;
        for r in &ranges {
            prop_assert!(r.start >= at && r.start < r.end && r.end <= text.len());
            prop_assert!(!text[r.clone()].trim().is_empty());
            at = r.end;
        }
        let words = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).collect::<String>();
        let kept: String = ranges.iter().map(|r| words(&text[r.clone()])).collect();
        prop_assert_eq!(kept, words(&text));
    }

    /// Digits around a full stop stay in one sentence.
    #[test]
    fn numbers_are_never_split(a in 0u32..100_000, b in 0u32..1000) {
        let text = format!("数值为{a}.{b}。下一句。");
        let first = split_sentences(&text)[0].clone();
        prop_assert_eq!(&text[first], format!("数值为{a}.{b}。"));
    }
}

proptest! {
    // Reading a QR code back from pixels is slow: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_web_url_makes_a_code_that_reads_back(path in "[A-Za-z0-9._~!$&'()*+,;=:@%/?#-]{0,120}") {
        let raw = format!("https://example.org/{path}");
        let url = SafeUrl::parse(&raw).unwrap();
        let code = QrCode::for_url(&url).unwrap();
        prop_assert_eq!(read_back(&code), raw);
    }
}

/// Decodes a code from its modules drawn 3 px each, as a camera would see them.
fn read_back(code: &QrCode) -> String {
    let side = code.size_with_border();
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side * 3, side * 3, |x, y| {
        if code.is_dark_with_border(x / 3, y / 3) {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    grids[0].decode().unwrap().1
}

/// The URL property above is only as good as its inputs: enough of them must parse, as absolute
/// and as site-relative URLs, and enough must be refused for each reason.
#[test]
fn the_url_inputs_reach_every_rule() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let (mut absolute, mut relative, mut user_info, mut scheme_relative) = (0, 0, 0, 0);
    for _ in 0..1000 {
        let raw = url_like().new_tree(&mut runner).unwrap().current();
        match SafeUrl::parse(&raw) {
            Some(url) if url.as_str().starts_with('/') => relative += 1,
            Some(_) => absolute += 1,
            None if raw.to_ascii_lowercase().starts_with("http") && raw.contains('@') => user_info += 1,
            None if raw.starts_with("//") => scheme_relative += 1,
            None => {}
        }
    }
    assert!(absolute >= 50, "absolute http(s) URLs accepted: {absolute}");
    assert!(relative >= 50, "site-relative URLs accepted: {relative}");
    assert!(user_info >= 20, "URLs with user info refused: {user_info}");
    assert!(scheme_relative >= 20, "scheme-relative URLs refused: {scheme_relative}");
}
