//! The import part of `changyue bench-render`: the synthetic archive's articles as the saved pages
//! of a TRS site (half of them in GBK, as old sites keep them), imported one by one, with the
//! figures printed.

use std::fmt::Write as _;
use std::time::Instant;

use encoding_rs::GB18030;
use url::Url;

use super::archive::{published, title};
use crate::error::{Error, Result};
use crate::import::import_page;
use crate::render::resident_mb;

/// Article `n` of the synthetic archive as a page of a TRS CMS: the site's furniture around it.
fn saved_page(n: usize, sentences: &[&str]) -> Vec<u8> {
    let title = title(n);
    let published = published(n).replace('T', " ");
    let mut body = String::new();
    for paragraph in 0..16 {
        let text: String = (0..4).map(|k| sentences[(n + paragraph + k) % sentences.len()]).collect();
        if paragraph % 3 == 1 {
            let numeral = "一二三四五六".chars().nth(paragraph / 3).unwrap_or('一');
            let _ = write!(body, "<p><strong>{numeral}、抓党建促振兴</strong></p>");
        }
        let _ = writeln!(body, "<p style=\"text-indent:2em\">{text}</p>");
    }
    let page = format!(
        "<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>{title}_党建工作_鄂尔多斯市党建网</title>\
         <meta name=\"ArticleTitle\" content=\"{title}\"><meta name=\"PubDate\" content=\"{date}\">\
         <meta name=\"ContentSource\" content=\"鄂尔多斯市党建网\"><script>var s = 1;</script></head><body>\
         <div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/dyjy/\">党员教育</a></div>\
         <div class=\"position\">当前位置：首页 &gt; 党员教育</div><h1>{title}</h1>\
         <div class=\"info\">发布时间：{date}&nbsp;&nbsp;来源：鄂尔多斯市党建网&nbsp;&nbsp;字号：[大][中][小]</div>\
         <div class=\"TRS_Editor\">{body}</div><div class=\"tools\">打印本页 关闭窗口</div>\
         <div class=\"footer\">主办单位：中共鄂尔多斯市委组织部 蒙ICP备05000000号</div></body></html>",
        charset = if n.is_multiple_of(2) { "utf-8" } else { "gbk" },
        date = &published[..16],
    );
    if n.is_multiple_of(2) {
        page.into_bytes()
    } else {
        GB18030.encode(&page).0.into_owned()
    }
}

pub fn bench(articles: usize, sentences: &[&str]) -> Result<()> {
    let pages: Vec<Vec<u8>> = (0..articles).map(|n| saved_page(n, sentences)).collect();
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let before = resident_mb();
    let started = Instant::now();
    for (n, page) in pages.iter().enumerate() {
        let url = Url::parse(&format!("https://www.ordosdj.gov.cn/dyjy/202309/t20230906_{n}.html")).ok();
        import_page(page, url.as_ref()).map_err(|why| Error::Stopped(format!("saved page {n}: {why}")))?;
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "changyue import: {articles} saved pages ({:.1} MB, half GBK) in {elapsed:.2} s on one core, {:.2} ms a page; resident memory {before:.0} MB before, {:.0} MB after",
        bytes as f64 / 1e6,
        elapsed * 1000.0 / articles.max(1) as f64,
        resident_mb()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_saved_pages_import_whole() {
        let sentences = ["第一句。", "第二句，较长一些的句子。"];
        for n in [0, 1] {
            let page = super::import_page(&super::saved_page(n, &sentences), None).unwrap();
            let article = serde_json::to_value(&page.article).unwrap();
            let body = article["body"].as_array().unwrap();
            assert_eq!(body.iter().filter(|b| b["type"] == "paragraph").count(), 16, "{n}");
            assert_eq!(article["title"], super::title(n));
            assert!(!article.to_string().contains("打印本页"));
        }
    }
}
