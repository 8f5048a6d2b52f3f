//! The synthetic archive's articles: as many as asked, each about 3,000 characters in the mix
//! and shape of a real one, with ids, titles and dates that are valid and differ.

use std::fmt::Write as _;

/// Sentences cycled through the articles' paragraphs: the length and mix of a real one.
pub const SENTENCES: [&str; 6] = [
    "今年以来，镇党委把抓党建促乡村振兴工作摆在首要位置，推动基层党建与乡村振兴深度融合。",
    "各嘎查村党组织书记带头领办合作社，带动农牧民人均增收3.5万元。",
    "“我们把党员中心户建在网格上，群众有事找得到人。”党支部书记说。",
    "全镇建成标准化党群服务中心12个，开展各类志愿服务活动200余次；",
    "详情可登录www.gov.cn查询，或拨打服务热线咨询。",
    "下一步，将持续深化“党建+产业”模式，让发展成果更多惠及群众！",
];

/// One article of about 3,000 characters: a lead, five sections, a quote, a list and an image.
pub fn article_json(n: usize) -> String {
    let mut body = String::new();
    let mut sentence = n;
    let mut paragraph = |body: &mut String| {
        let text: String = (0..4).map(|k| SENTENCES[(sentence + k) % SENTENCES.len()]).collect();
        sentence += 1;
        let _ = write!(body, r#"{{"type":"paragraph","text":"{text}"}},"#);
    };
    paragraph(&mut body);
    for section in 1..=5 {
        let _ = write!(body, r#"{{"type":"heading","text":"第{section}部分 抓党建促振兴"}},"#);
        for _ in 0..3 {
            paragraph(&mut body);
        }
    }
    body.push_str(r#"{"type":"quote","text":"把党建优势转化为发展优势。"},"#);
    body.push_str(r#"{"type":"list","ordered":true,"items":["建强组织","培育产业","服务群众"]},"#);
    body.push_str(
        r#"{"type":"image","src":"/data/images/sample.png","alt":"党员志愿者入户走访","caption":"入户走访"}"#,
    );
    format!(
        r#"{{"id":"{id}","title":"{title}","source":"鄂尔多斯市党建网","author":"记者 王红","published":"{published}","summary":"{summary}","body":[{body}]}}"#,
        summary = summary(n),
        id = id(n),
        title = title(n),
        published = published(n),
    )
}

/// A 导读 of a real one's length (about 60 characters).
pub fn summary(n: usize) -> String {
    format!("第{n}篇导读：{}{}", SENTENCES[n % SENTENCES.len()], SENTENCES[(n + 1) % SENTENCES.len()])
}

pub fn id(n: usize) -> String {
    format!("article-{n:06}")
}

pub fn title(n: usize) -> String {
    format!("抓党建促振兴的基层实践（之{n}）")
}

/// A valid date that goes back one day per article (over twenty years, then round again).
pub fn published(n: usize) -> String {
    format!("{}-{:02}-{:02}T08:00:00+08:00", 2025 - (n / 336) % 20, 12 - (n / 28) % 12, 28 - n % 28)
}
