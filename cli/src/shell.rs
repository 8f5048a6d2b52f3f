//! The app's `index.html`, cut once into the pieces around what each page fills in: the
//! document's language and title, and the rendered page in place of the loading notice.

use changyue_core::startup::{PRERENDERED_ID, START_NOTICE_ID};

/// What each page fills in, in document order.
#[derive(Debug)]
pub struct Shell {
    /// Text before the `lang` value, between `lang` and the title, between the title and the
    /// page, and after the page.
    parts: [String; 4],
}

const LANG: (&str, &str) = ("<html lang=\"", "\">");
const TITLE: (&str, &str) = ("<title>", "</title>");
/// The loading notice the page replaces: from its start to its own closing tag (it holds only
/// paragraphs).
const BOOT: (&str, &str) = ("<div id=\"boot\" class=\"boot\" role=\"status\">", "</div>\n");
/// Left out of a rendered page: the text shows without script, and the comment describes the
/// loading notice.
const LEFT_OUT: [(&str, &str); 2] =
    [("<noscript>", "</noscript>"), ("<!-- Shown until the app starts", "-->")];

impl Shell {
    pub fn parse(html: &str) -> Result<Shell, String> {
        let mut html = html.to_owned();
        for (start, end) in LEFT_OUT {
            if let Some((from, to)) = span(&html, 0, start, end) {
                let from = html[..from].trim_end_matches([' ', '\n']).len();
                html.replace_range(from..to, "");
            }
        }
        let missing = |what: &str| format!("index.html has no {what}: is it the app's own?");
        let (lang_from, lang_to) = inner(&html, 0, LANG).ok_or_else(|| missing("<html lang>"))?;
        let (title_from, title_to) = inner(&html, lang_to, TITLE).ok_or_else(|| missing("<title>"))?;
        let (boot_from, boot_to) = span(&html, title_to, BOOT.0, BOOT.1).ok_or_else(|| missing("#boot"))?;
        Ok(Shell {
            parts: [
                html[..lang_from].to_owned(),
                html[lang_to..title_from].to_owned(),
                html[title_to..boot_from].to_owned(),
                html[boot_to..].to_owned(),
            ],
        })
    }

    /// The same shell announcing the site's Atom feed in every page's head, so that feed readers
    /// and browsers find it from any page (`feed.xml`, written with `--base-url`).
    pub fn with_feed(mut self, site_name: &str) -> Shell {
        let link = format!(
            "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed.xml\" title=\"{}\">\n",
            html_escape::encode_double_quoted_attribute(site_name)
        );
        let head_end = self.parts[2].find("</head>").unwrap_or(0);
        self.parts[2].insert_str(head_end, &link);
        self
    }

    /// The whole page. `title` and `lang` are escaped here; `body` is the renderer's HTML.
    pub fn page(&self, lang: &str, title: &str, body: &str) -> String {
        let [before_lang, before_title, before_body, after_body] = &self.parts;
        let mut page =
            String::with_capacity(self.parts.iter().map(String::len).sum::<usize>() + body.len() + 200);
        page.push_str(before_lang);
        page.push_str(&html_escape::encode_double_quoted_attribute(lang));
        page.push_str(before_title);
        page.push_str(&html_escape::encode_text(title));
        page.push_str(before_body);
        // The app renders hidden beside this copy and takes its place (`adapters::takeover`).
        page.push_str(&format!("<div id=\"{PRERENDERED_ID}\">\n"));
        page.push_str(body);
        page.push_str(&start_notice());
        page.push_str("\n</div>\n");
        page.push_str(after_body);
        page
    }
}

/// What the reader is told over the copy: a press before the app has started on a button only
/// the app works, or an app that could not start (both by the settings script, core's
/// `startup`). Empty until then, and already in the page so that screen readers take it for a
/// live region.
fn start_notice() -> String {
    format!("\n<p id=\"{START_NOTICE_ID}\" class=\"start-notice\" role=\"status\"></p>")
}

/// Where `start ... end` stands, from `start`'s first byte to `end`'s last.
fn span(html: &str, from: usize, start: &str, end: &str) -> Option<(usize, usize)> {
    let begin = from + html[from..].find(start)?;
    let finish = begin + start.len() + html[begin + start.len()..].find(end)? + end.len();
    Some((begin, finish))
}

/// Where the text between `start` and `end` stands.
fn inner(html: &str, from: usize, (start, end): (&str, &str)) -> Option<(usize, usize)> {
    let (begin, finish) = span(html, from, start, end)?;
    Some((begin + start.len(), finish - end.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = include_str!("../../index.html");

    #[test]
    fn fills_in_the_app_shell() {
        let shell = Shell::parse(INDEX).unwrap();
        let page = shell.page("zh-CN", "标题 - 网站", "<main>正文</main>");
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
        assert!(page.contains("<title>标题 - 网站</title>"));
        let copy = format!("<div id=\"prerendered\">\n<main>正文</main>{}\n</div>\n", start_notice());
        let after = &page[page.find(&copy).expect("the rendered page") + copy.len()..];
        // After the text, only the stylesheet of what the app alone shows, then the end.
        assert!(after.trim_start().starts_with("<!-- What only the app shows"));
        assert!(after.find("style/settings-panel.css").unwrap() < after.find("</body>").unwrap());
        // The settings script's notice is the copy's last child, so it goes with the copy.
        assert!(
            copy.ends_with("<p id=\"start-notice\" class=\"start-notice\" role=\"status\"></p>\n</div>\n")
        );
        assert!(!page.contains("id=\"boot\""));
        assert!(!page.contains("<noscript>"), "the text shows without script");
        assert!(!page.contains("Shown until"));
        assert!(page.contains("data-trunk rel=\"rust\""), "the rest of the shell is kept");
    }

    #[test]
    fn escapes_title_and_lang() {
        let shell = Shell::parse(INDEX).unwrap();
        let page = shell.page("zh\"><script>", "</title><script>alert(1)</script>&", "");
        assert!(page.contains("<html lang=\"zh&quot;&gt;&lt;script&gt;\">"));
        assert!(page.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;</title>"));
    }

    #[test]
    fn announces_the_feed_in_the_head() {
        let shell = Shell::parse(INDEX).unwrap().with_feed("党建\"网");
        let page = shell.page("zh-CN", "标题", "");
        let link = "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed.xml\" title=\"党建&quot;网\">";
        let at = page.find(link).expect("the feed link");
        assert!(at < page.find("</head>").unwrap());
        assert!(!Shell::parse(INDEX).unwrap().page("zh-CN", "标题", "").contains("feed.xml"));
    }

    #[test]
    fn refuses_a_page_that_is_not_the_app() {
        assert!(Shell::parse("<html><body>hello</body></html>").unwrap_err().contains("<html lang>"));
        assert!(Shell::parse("<html lang=\"zh\"><title>x</title><body></body>")
            .unwrap_err()
            .contains("#boot"));
    }
}
