//! `data/site.json`: the site's name, language, links and its "two micro one end" channels.

use serde::Deserialize;

use crate::error::{DataError, Place};
use crate::fields::{optional_text, required_text, Parsed};
use crate::text;
use crate::validate::{is_valid_id, is_valid_lang, SafeUrl};

pub const DEFAULT_LANG: &str = "zh-CN";

#[derive(Clone, Debug, PartialEq)]
pub struct Site {
    pub name: String,
    pub lang: String,
    pub links: Vec<SiteLink>,
    pub channels: Vec<Channel>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SiteLink {
    pub label: String,
    pub url: SafeUrl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChannelKind {
    Wechat,
    Weibo,
    App,
    MiniProgram,
    Web,
}

impl ChannelKind {
    /// What the reader sees: 微信公众号, 微博, 客户端, 小程序, 网站.
    pub fn label(self) -> &'static str {
        match self {
            ChannelKind::Wechat => text::KIND_WECHAT,
            ChannelKind::Weibo => text::KIND_WEIBO,
            ChannelKind::App => text::KIND_APP,
            ChannelKind::MiniProgram => text::KIND_MINI_PROGRAM,
            ChannelKind::Web => text::KIND_WEB,
        }
    }

    /// Where an account name is searched for: 微信搜索 or 微博搜索, if anywhere.
    pub fn search_hint(self) -> Option<&'static str> {
        match self {
            ChannelKind::Wechat | ChannelKind::MiniProgram => Some(text::SEARCH_IN_WECHAT),
            ChannelKind::Weibo => Some(text::SEARCH_IN_WEIBO),
            ChannelKind::App | ChannelKind::Web => None,
        }
    }

    fn parse(kind: &str) -> Option<ChannelKind> {
        Some(match kind {
            "wechat" => ChannelKind::Wechat,
            "weibo" => ChannelKind::Weibo,
            "app" => ChannelKind::App,
            "miniprogram" => ChannelKind::MiniProgram,
            "web" => ChannelKind::Web,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Channel {
    pub id: String,
    pub kind: ChannelKind,
    pub name: String,
    /// `None` when the data's url was not absolute http(s): such a channel
    /// is shown without a QR code or a link.
    pub url: Option<SafeUrl>,
    pub account: Option<String>,
    pub description: Option<String>,
}

impl Site {
    /// Parses and checks the site file. A link with a refused URL or a channel of an
    /// unknown kind is dropped with a warning, so one bad entry never hides the site.
    pub fn from_json(json: &str) -> Result<Parsed<Site>, DataError> {
        let raw: RawSite = DataError::parse(json)?;
        let mut warnings = Vec::new();
        let name = required_text(raw.name, Place::Site, "name")?;
        let lang = match optional_text(raw.lang) {
            Some(lang) if is_valid_lang(&lang) => lang,
            Some(lang) => {
                warnings.push(format!("site: ignored invalid lang {lang:?}"));
                DEFAULT_LANG.to_owned()
            }
            None => DEFAULT_LANG.to_owned(),
        };
        let mut links = Vec::new();
        for (i, link) in raw.links.unwrap_or_default().into_iter().enumerate() {
            let place = Place::Link(i + 1);
            let label = required_text(link.label, place, "label")?;
            let url = required_text(link.url, place, "url")?;
            match SafeUrl::parse(&url) {
                Some(url) => links.push(SiteLink { label, url }),
                None => warnings.push(format!("site link {}: refused url {url:?}", i + 1)),
            }
        }
        let mut channels = Vec::new();
        for (i, channel) in raw.channels.unwrap_or_default().into_iter().enumerate() {
            if let Some(channel) = channel.check(Place::Channel(i + 1), &mut warnings)? {
                // Ids name the channel's dialog on the page: a second one with the same id is left out.
                if channels.iter().any(|c: &Channel| c.id == channel.id) {
                    warnings.push(format!("channel {}: skipped, the id is used twice", channel.id));
                } else {
                    channels.push(channel);
                }
            }
        }
        Ok(Parsed { value: Site { name, lang, links, channels }, warnings })
    }
}

#[derive(Deserialize)]
struct RawSite {
    name: Option<String>,
    lang: Option<String>,
    links: Option<Vec<RawLink>>,
    channels: Option<Vec<RawChannel>>,
}

#[derive(Deserialize)]
struct RawLink {
    label: Option<String>,
    url: Option<String>,
}

#[derive(Deserialize)]
struct RawChannel {
    id: Option<String>,
    kind: Option<String>,
    name: Option<String>,
    url: Option<String>,
    account: Option<String>,
    description: Option<String>,
}

impl RawChannel {
    fn check(self, place: Place, warnings: &mut Vec<String>) -> Result<Option<Channel>, DataError> {
        let id = required_text(self.id, place, "id")?;
        if !is_valid_id(&id) {
            return Err(DataError::BadValue { place, field: "id" });
        }
        let kind_text = required_text(self.kind, place, "kind")?;
        let Some(kind) = ChannelKind::parse(&kind_text) else {
            warnings.push(format!("channel {id}: skipped unknown kind {kind_text:?}"));
            return Ok(None);
        };
        let name = required_text(self.name, place, "name")?;
        let url_text = required_text(self.url, place, "url")?;
        let url = SafeUrl::parse(&url_text).filter(SafeUrl::is_absolute);
        if url.is_none() {
            warnings.push(format!("channel {id}: refused url {url_text:?}, shown without link"));
        }
        Ok(Some(Channel {
            id,
            kind,
            name,
            url,
            account: optional_text(self.account),
            description: optional_text(self.description),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SITE: &str = r#"{
        "name": "鄂尔多斯市党建网", "lang": "zh-CN",
        "links": [{"label": "全国党建网站联盟", "url": "https://example.org/"},
                  {"label": "坏链接", "url": "javascript:alert(1)"}],
        "channels": [
            {"id": "wx", "kind": "wechat", "name": "共产党员微信订阅号", "url": "https://example.org/wx", "account": "gcdy"},
            {"id": "tv", "kind": "television", "name": "电视", "url": "https://example.org/tv"},
            {"id": "bad", "kind": "weibo", "name": "微博", "url": "weixin://x"}
        ]
    }"#;

    #[test]
    fn reads_a_site_and_drops_what_it_must_refuse() {
        let parsed = Site::from_json(SITE).unwrap();
        let site = parsed.value;
        assert_eq!(site.name, "鄂尔多斯市党建网");
        assert_eq!(site.links.len(), 1);
        assert_eq!(site.links[0].label, "全国党建网站联盟");
        assert_eq!(site.channels.len(), 2);
        assert_eq!(site.channels[0].kind, ChannelKind::Wechat);
        assert_eq!(site.channels[0].account.as_deref(), Some("gcdy"));
        assert_eq!(site.channels[1].url, None, "a non-web url loses its link");
        assert_eq!(parsed.warnings.len(), 3);
    }

    #[test]
    fn lang_defaults_to_simplified_chinese() {
        let site = Site::from_json(r#"{"name": "站"}"#).unwrap().value;
        assert_eq!(site.lang, "zh-CN");
        assert!(site.links.is_empty() && site.channels.is_empty());
    }

    #[test]
    fn a_channel_id_used_twice_keeps_the_first() {
        let json = r#"{"name": "站", "channels": [
            {"id": "wx", "kind": "wechat", "name": "第一", "url": "https://example.org/1"},
            {"id": "wx", "kind": "weibo", "name": "第二", "url": "https://example.org/2"}]}"#;
        let parsed = Site::from_json(json).unwrap();
        assert_eq!(parsed.value.channels.len(), 1);
        assert_eq!(parsed.value.channels[0].name, "第一");
        assert!(parsed.warnings.iter().any(|w| w.contains("wx") && w.contains("twice")));
    }

    #[test]
    fn a_nameless_site_is_an_error() {
        assert_eq!(
            Site::from_json(r#"{"lang": "zh-CN"}"#).unwrap_err(),
            DataError::Missing { place: Place::Site, field: "name" }
        );
        let no_label = r#"{"name": "站", "links": [{"url": "/"}]}"#;
        assert_eq!(
            Site::from_json(no_label).unwrap_err(),
            DataError::Missing { place: Place::Link(1), field: "label" }
        );
    }
}
