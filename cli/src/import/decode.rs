//! Bytes of a saved page to text: a byte-order mark, then strict UTF-8, then the charset the page
//! declares, then detection (chardetng, told the page is Chinese). gb2312 and gbk labels read as
//! GB18030, as browsers do (WHATWG), so a GBK-only character under a gb2312 label survives.

use encoding_rs::{Encoding, GB18030, UTF_8};

pub struct Decoded {
    pub text: String,
    /// The encoding used, by its WHATWG name.
    pub encoding: &'static str,
    /// Some bytes did not decode (each became U+FFFD).
    pub replaced: bool,
}

pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return with(encoding, &bytes[bom..]);
    }
    // Valid UTF-8 is UTF-8 whatever a page declares: re-saved pages keep an old gbk label.
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded { text: text.to_owned(), encoding: UTF_8.name(), replaced: false };
    }
    if let Some(declared) = declared(bytes).filter(|e| *e != UTF_8) {
        let decoded = with(declared, bytes);
        if !decoded.replaced {
            return decoded;
        }
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    with(detector.guess(Some(b"cn"), true), bytes)
}

fn with(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    let encoding = if encoding.name() == "GBK" { GB18030 } else { encoding };
    let (text, used, replaced) = encoding.decode(bytes);
    Decoded { text: text.into_owned(), encoding: used.name(), replaced }
}

/// The charset of a `<meta charset>` or `http-equiv` Content-Type in the first 4 KB.
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let at = head.find("charset")?;
    let rest = head[at + "charset".len()..].trim_start().strip_prefix('=')?;
    let label: String = rest
        .trim_start_matches([' ', '"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    // A page cannot declare UTF-16 in itself (it would not be ASCII): browsers read that as UTF-8.
    Encoding::for_label(label.as_bytes()).map(|e| if e.name().starts_with("UTF-16") { UTF_8 } else { e })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gbk(text: &str) -> Vec<u8> {
        GB18030.encode(text).0.into_owned()
    }

    #[test]
    fn reads_each_way_a_page_comes() {
        let page = "<meta charset=\"gb2312\"><p>李喆，鄂尔多斯</p>";
        let decoded = decode(&gbk(page));
        assert_eq!(
            (decoded.text.as_str(), decoded.replaced),
            (page, false),
            "GBK-only 喆 under a gb2312 label"
        );

        let undeclared = "<p>乌兰陶勒盖镇党委书记介绍了基层党建工作的做法和成效。</p>".repeat(5);
        assert_eq!(decode(&gbk(&undeclared)).text, undeclared, "detected");

        let wrong = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><p>党建引领基层治理，网格服务群众。</p>".repeat(3);
        assert_eq!(decode(&gbk(&wrong)).text, wrong, "declared utf-8, bytes GBK");

        let resaved = "<meta charset=\"gbk\"><p>校园安全</p>";
        assert_eq!(decode(resaved.as_bytes()).text, resaved, "declared gbk, bytes UTF-8");

        let bom = [b"\xEF\xBB\xBF".as_slice(), "<p>绿原</p>".as_bytes()].concat();
        assert_eq!(decode(&bom).text, "<p>绿原</p>");
    }

    #[test]
    fn bytes_that_do_not_decode_are_reported() {
        let mut bytes = "<meta charset=\"gbk\"><p>党建</p>".as_bytes().to_vec();
        bytes.extend_from_slice(b"\xFF\xFF\x80");
        assert!(decode(&bytes).replaced);
    }
}
