use super::*;

fn url(s: &str) -> SafeUrl {
    SafeUrl::parse(s).unwrap()
}

/// Reads a code back the way a phone would: from the picture's pixels.
fn decode(code: &QrCode) -> String {
    let png_bytes = code.to_png();
    let mut reader = ::png::Decoder::new(std::io::Cursor::new(png_bytes)).read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    let (w, h) = (info.width as usize, info.height as usize);
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
        if buf[y * info.line_size + x / 8] >> (7 - x % 8) & 1 == 1 {
            255
        } else {
            0
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code in the picture");
    let (meta, content) = grids[0].decode().unwrap();
    // The format bits: 0 is M, 1 is L, 2 is H, 3 is Q. Anything but L is M or better.
    assert_ne!(meta.ecc_level, 1, "error correction below M");
    content
}

#[test]
fn each_code_decodes_back_to_its_url() {
    for u in [
        "https://example.org/changyue/channels/gcdy-wechat",
        "https://example.org/changyue/channels/ordos-dangyuan-jiaoyu",
        "http://www.gov.cn/",
        "https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MzA5NDEyNzY0MQ==&scene=124#wechat_redirect",
        "https://weibo.com/u/1234567890?from=%E4%B8%AD%E6%96%87",
    ] {
        let code = QrCode::for_url(&url(u)).unwrap();
        assert_eq!(decode(&code), u);
    }
}

#[test]
fn only_absolute_web_urls_get_a_code() {
    assert_eq!(QrCode::for_url(&url("/data/site.json")), None);
}

#[test]
fn the_quiet_zone_is_light_and_the_finder_corners_are_dark() {
    let code = QrCode::for_url(&url("https://example.org/a")).unwrap();
    let side = code.size_with_border();
    assert_eq!(side, code.size() + 8);
    for i in 0..side {
        for edge in [0, QrCode::QUIET_ZONE - 1, side - QrCode::QUIET_ZONE, side - 1] {
            assert!(!code.is_dark_with_border(i, edge) && !code.is_dark_with_border(edge, i));
        }
    }
    let q = QrCode::QUIET_ZONE;
    assert!(code.is_dark_with_border(q, q));
    assert!(code.is_dark_with_border(side - q - 1, q));
    assert!(code.is_dark_with_border(q, side - q - 1));
}

#[test]
fn the_picture_is_large_enough_for_the_enlarged_view_and_small_to_carry() {
    let code = QrCode::for_url(&url("https://example.org/changyue/channels/ordos-dangyuan-jiaoyu")).unwrap();
    let side = code.size_with_border() * QrCode::PNG_SCALE;
    assert!(side >= 240, "{side} px");
    let data_url = code.to_png_data_url();
    assert!(data_url.starts_with("data:image/png;base64,iVBORw0KGgo"));
    assert!(data_url.len() < 16_000, "{} bytes", data_url.len());
}

#[test]
fn a_url_too_long_for_any_code_gets_none_instead_of_a_panic() {
    let long = format!("https://example.org/{}", "a".repeat(3_000));
    assert_eq!(QrCode::for_url(&url(&long)), None);
}
