//! Which of the browser's voices can read a page: language tags compared the way voices
//! report them (`zh-CN`, Android's `zh_CN`, `cmn-Hans-CN`).

/// How well a voice fits the page's language: `Some(0)` for the same language and region,
/// `Some(1)` for the same language elsewhere (a zh-TW voice for a zh-CN page), `None` for
/// another language.
pub fn voice_fit(voice_lang: &str, page_lang: &str) -> Option<u8> {
    let (voice, page) = (Tag::parse(voice_lang), Tag::parse(page_lang));
    if voice.language.is_empty() || voice.language != page.language {
        return None;
    }
    Some(if voice.region.is_some() && voice.region == page.region { 0 } else { 1 })
}

struct Tag {
    language: String,
    region: Option<String>,
}

impl Tag {
    fn parse(tag: &str) -> Tag {
        let lower = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = lower.split('-');
        let language = match parts.next().unwrap_or_default() {
            // Mandarin's own code means the same written language as zh.
            "cmn" => "zh".to_owned(),
            other => other.to_owned(),
        };
        let region =
            parts.find(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic())).map(str::to_owned);
        Tag { language, region }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_voices_fit_a_chinese_page_and_others_do_not() {
        assert_eq!(voice_fit("zh-CN", "zh-CN"), Some(0));
        assert_eq!(voice_fit("zh_CN", "zh-CN"), Some(0), "Android's form");
        assert_eq!(voice_fit("cmn-Hans-CN", "zh-CN"), Some(0));
        assert_eq!(voice_fit("zh-TW", "zh-CN"), Some(1));
        assert_eq!(voice_fit("zh-HK", "zh-Hans-CN"), Some(1));
        assert_eq!(voice_fit("zh", "zh-CN"), Some(1));
        assert_eq!(voice_fit("en-US", "zh-CN"), None);
        assert_eq!(voice_fit("", "zh-CN"), None);
        assert_eq!(voice_fit("zhx-CN", "zh-CN"), None, "a longer code is another language");
    }
}
