//! What a phone needs to offer 添加到主屏幕: the web app manifest, made from `site.json` when the
//! site is built, and the app's icons (an open book on the site's red), drawn here so that the
//! build needs no image tools.

use serde::Serialize;

use crate::png::encode_two_colours;
use crate::site::Site;

/// The icon sizes Android browsers ask for.
pub const ICON_SIZES: [usize; 2] = [192, 512];
/// The stylesheet's default `--cy-accent` and `--cy-bg` (style/base.css): the home-screen icon,
/// the browser's bar and the splash screen in the page's own colours.
pub const THEME_COLOUR: &str = "#8f1515";
pub const BACKGROUND_COLOUR: &str = "#fbfaf7";
const ACCENT: [u8; 3] = [0x8f, 0x15, 0x15];
const PAGE: [u8; 3] = [0xff, 0xff, 0xff];
/// A launcher shows about 12 characters under an icon.
const SHORT_NAME_CHARS: usize = 12;

pub fn icon_path(size: usize) -> String {
    format!("/icons/icon-{size}.png")
}

#[derive(Serialize)]
struct Manifest<'a> {
    name: &'a str,
    short_name: String,
    lang: &'a str,
    start_url: &'static str,
    scope: &'static str,
    display: &'static str,
    theme_color: &'static str,
    background_color: &'static str,
    icons: Vec<Icon>,
}

#[derive(Serialize)]
struct Icon {
    src: String,
    sizes: String,
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
}

/// `manifest.webmanifest` for the site.
pub fn manifest_json(site: &Site) -> String {
    let manifest = Manifest {
        name: &site.name,
        short_name: site.name.chars().take(SHORT_NAME_CHARS).collect(),
        lang: &site.lang,
        start_url: "/",
        scope: "/",
        display: "standalone",
        theme_color: THEME_COLOUR,
        background_color: BACKGROUND_COLOUR,
        icons: ICON_SIZES
            .iter()
            .map(|&size| Icon {
                src: icon_path(size),
                sizes: format!("{size}x{size}"),
                kind: "image/png",
                // The book keeps inside the middle 80%, the safe zone of a maskable icon.
                purpose: "any maskable",
            })
            .collect(),
    };
    serde_json::to_string_pretty(&manifest).unwrap_or_default()
}

/// The icon, `size` pixels square: two white pages with lines of text, on the accent colour to
/// the edges.
pub fn icon_png(size: usize) -> Vec<u8> {
    encode_two_colours(size, size, [ACCENT, PAGE], |x, y| on_page(relative(x, size), relative(y, size)))
}

fn relative(pixel: usize, size: usize) -> f64 {
    (pixel as f64 + 0.5) / size as f64
}

/// Whether a point (0 to 1 across and down) is white: on a page and not on a line of text.
fn on_page(x: f64, y: f64) -> bool {
    let pages = [(0.22, 0.48), (0.52, 0.78)];
    let Some(&(left, right)) = pages.iter().find(|(l, r)| (*l..*r).contains(&x)) else { return false };
    if !(0.28..0.72).contains(&y) {
        return false;
    }
    let on_line = (0..4).any(|i| {
        let top = 0.36 + 0.08 * f64::from(i);
        (top..top + 0.035).contains(&y) && (left + 0.04..right - 0.04).contains(&x)
    });
    !on_line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(name: &str) -> Site {
        Site { name: name.to_owned(), lang: "zh-CN".to_owned(), links: Vec::new(), channels: Vec::new() }
    }

    #[test]
    fn the_manifest_carries_what_an_install_needs() {
        let manifest: serde_json::Value =
            serde_json::from_str(&manifest_json(&site("鄂尔多斯市党建网"))).unwrap();
        assert_eq!(manifest["name"], "鄂尔多斯市党建网");
        assert_eq!(manifest["short_name"], "鄂尔多斯市党建网");
        assert_eq!(manifest["start_url"], "/");
        assert_eq!(manifest["display"], "standalone");
        assert_eq!(manifest["lang"], "zh-CN");
        let sizes: Vec<&str> =
            manifest["icons"].as_array().unwrap().iter().map(|i| i["sizes"].as_str().unwrap()).collect();
        assert_eq!(sizes, ["192x192", "512x512"]);
        assert_eq!(manifest["icons"][1]["src"], "/icons/icon-512.png");
    }

    #[test]
    fn a_long_name_is_cut_for_the_launcher_and_hostile_text_stays_text() {
        let name = "内蒙古自治区鄂尔多斯市乌审旗党建工作网站\"</script>";
        let manifest: serde_json::Value = serde_json::from_str(&manifest_json(&site(name))).unwrap();
        assert_eq!(manifest["name"], name);
        assert_eq!(manifest["short_name"].as_str().unwrap().chars().count(), 12);
    }

    #[test]
    fn the_icon_is_a_white_book_on_red_at_each_size() {
        for size in ICON_SIZES {
            let mut decoder = ::png::Decoder::new(std::io::Cursor::new(icon_png(size)));
            decoder.set_transformations(::png::Transformations::EXPAND);
            let mut reader = decoder.read_info().unwrap();
            let mut buf = vec![0; reader.output_buffer_size()];
            let info = reader.next_frame(&mut buf).unwrap();
            assert_eq!((info.width, info.height), (size as u32, size as u32));
            let pixel = |x: usize, y: usize| buf[y * info.line_size + x * 3..][..3].to_vec();
            assert_eq!(pixel(0, 0), ACCENT, "red to the corner");
            assert_eq!(pixel(size * 30 / 100, size * 30 / 100), PAGE, "a page");
            assert_eq!(pixel(size / 2, size / 2), ACCENT, "the spine between the pages");
            assert_eq!(pixel(size * 35 / 100, size * 37 / 100), ACCENT, "a line of text");
        }
    }
}
