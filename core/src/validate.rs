//! The small rules of the data contract: ids and URLs.

/// `id` matches `[a-z0-9][a-z0-9-]{0,99}`. This also keeps an id from ever
/// reaching outside `data/articles/` when it becomes part of a path.
pub fn is_valid_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= 100
        && bytes[0] != b'-'
        && bytes.iter().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
}

/// A URL that passed the contract: `http:`/`https:` with a host, or site-relative (`/...`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafeUrl(String);

impl serde::Serialize for SafeUrl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl SafeUrl {
    /// Anything else is refused: `javascript:`, `data:`, protocol-relative `//host`,
    /// backslashes that browsers read as slashes, control characters, user info
    /// (`https://www.gov.cn@evil.example/` goes to evil.example), and document-relative
    /// paths, which would resolve against `/article/<id>` instead of the site root.
    pub fn parse(raw: &str) -> Option<SafeUrl> {
        if raw.is_empty() || raw.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\') {
            return None;
        }
        let lower = raw.to_ascii_lowercase();
        let absolute = ["https://", "http://"].iter().find_map(|scheme| lower.strip_prefix(scheme));
        let ok = match absolute {
            Some(rest) => {
                let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
                !authority.is_empty() && !authority.contains('@')
            }
            None => raw.starts_with('/') && !raw.starts_with("//"),
        };
        ok.then(|| SafeUrl(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Absolute http(s): the only kind a QR code or an outside link may carry.
    pub fn is_absolute(&self) -> bool {
        let lower = self.0.to_ascii_lowercase();
        lower.starts_with("https://") || lower.starts_with("http://")
    }
}

/// A language tag in the shape of BCP 47 (letters, digits and hyphens).
pub fn is_valid_lang(lang: &str) -> bool {
    (1..=35).contains(&lang.len())
        && lang.split('-').all(|part| {
            !part.is_empty() && part.len() <= 8 && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_pattern() {
        for good in ["a", "0", "wulantaolegai-practice", "a-", &"a".repeat(100)] {
            assert!(is_valid_id(good), "{good}");
        }
        let too_long = "a".repeat(101);
        for bad in ["", "-a", "A", "a_b", "a/b", "..", "../site", "a.json", "中文", too_long.as_str()] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn web_urls_and_site_relative_paths_pass() {
        for good in [
            "https://www.gov.cn/",
            "HTTP://example.com/a?b=c#d",
            "/images/a.png",
            "/a.png?x=1:2",
            "https://example.com:8443/p",
        ] {
            assert_eq!(SafeUrl::parse(good).map(|u| u.as_str().to_owned()), Some(good.to_owned()));
        }
    }

    #[test]
    fn dangerous_or_foreign_urls_are_refused() {
        for bad in [
            "",
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>",
            "vbscript:x",
            "//evil.example/",
            "/\\evil.example",
            "https://",
            "https:///path",
            "https://@evil",
            "https://www.gov.cn@evil.example/",
            "images/a.png",
            "a.png",
            "#top",
            "?q=1",
            "mailto:a@b.c",
            "weixin://dl/chat",
        ] {
            assert_eq!(SafeUrl::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn only_http_urls_are_absolute() {
        assert!(SafeUrl::parse("https://a.cn").unwrap().is_absolute());
        assert!(!SafeUrl::parse("/a").unwrap().is_absolute());
    }

    #[test]
    fn language_tags() {
        assert!(is_valid_lang("zh-CN"));
        assert!(is_valid_lang("zh-Hans-CN"));
        assert!(!is_valid_lang(""));
        assert!(!is_valid_lang("zh_CN"));
        assert!(!is_valid_lang("zh-\"><x"));
    }
}
