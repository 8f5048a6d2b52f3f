//! The app as Trunk built it, made ready to serve, once, before any page is rendered from its
//! `index.html` (the shell every page is cut from):
//!
//! 1. Trunk's inline start-up script becomes a file, `loader-<hash>.js` (core's `loader.js`), with
//!    Subresource Integrity on it; the wasm is fetched with its integrity, which the browser checks
//!    before instantiating it, and the glue comes through Trunk's `modulepreload` with its own.
//!    The policy allows no inline script but the settings script of 2.
//! 2. What the first paint needs besides the HTML goes inline in `<head>`, so that a page paints
//!    from its own bytes, as a static page with its CSS inline does: the settings script (core's
//!    `startup`), and one stylesheet of the files of `style/` that `index.html` names in `<head>`,
//!    in its order, minified by lightningcss. The files it names at the end of `<body>` (what only
//!    the app shows: panels, reading aids, dialogs) are joined into one linked file,
//!    `panels-<hash>.css`, after the page's text, which the first paint does not wait for. Both
//!    inline parts are allowed by their SHA-256 in a Content-Security-Policy `<meta>` placed first
//!    in `<head>`, never by 'unsafe-inline'; the hashes change with every build, so they travel
//!    with the page (nginx sends pages a header without script-src and style-src).
//! 3. `sw.js`, the service worker (core's `sw.js`), names this build's files.

use std::fs;
use std::path::Path;

use base64::Engine;
use changyue_core::startup;
use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
use regex::Regex;
use sha2::{Digest, Sha256, Sha384};

use crate::error::{At, Error, Result};
use crate::files;

/// What finishing the app made.
#[derive(Debug)]
pub struct Finished {
    pub loader: String,
    pub panels: String,
}

fn base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// A Subresource Integrity value.
fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", base64(&Sha384::digest(bytes)))
}

/// A name for a file of this build, by the first 16 hex digits of its SHA-256.
fn hashed(stem: &str, bytes: &[u8], extension: &str) -> String {
    let digest = Sha256::digest(bytes);
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("{stem}-{hex}.{extension}")
}

fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).at(path)
}

fn write(path: &Path, text: &str) -> Result<()> {
    files::write_whole(path, text.as_bytes()).at(path).map(drop)
}

/// Finishes the app in `dist` as Trunk wrote it; `None` if there is nothing of Trunk's to
/// finish (it is finished already, so that a site can be rendered again after an edit).
pub fn finish(dist: &Path) -> Result<Option<Finished>> {
    let index = dist.join("index.html");
    let mut html = read(&index)?;
    let Some(trunks) = Regex::new(r#"<script type="module">([\s\S]*?)</script>"#).unwrap().captures(&html)
    else {
        return Ok(None);
    };
    let (whole, inline) = (trunks[0].to_owned(), trunks[1].to_owned());
    let named = |pattern: &str| Regex::new(pattern).unwrap().captures(&inline).map(|c| c[1].to_owned());
    let (Some(glue), Some(wasm)) =
        (named(r"from '(/[\w.-]+\.js)'"), named(r"module_or_path: '(/[\w.-]+\.wasm)'"))
    else {
        return Err(Error::invalid(&index, format!("Trunk's start-up script has changed shape:\n{inline}")));
    };
    let wasm_path = dist.join(&wasm[1..]);
    let wasm_bytes = fs::read(&wasm_path).at(&wasm_path)?;
    let loader = startup::loader_script(&glue, &wasm, &integrity(&wasm_bytes));
    let loader_name = hashed("loader", loader.as_bytes(), "js");
    write(&dist.join(&loader_name), &loader)?;
    let tag = format!(
        "<script type=\"module\" src=\"/{loader_name}\" integrity=\"{}\"></script>",
        integrity(loader.as_bytes())
    );
    html = html.replacen(&whole, &tag, 1);
    let panels =
        inline_what_the_first_paint_needs(dist, &mut html).map_err(|why| Error::invalid(&index, why))?;
    html = low_priority_app(&html);
    write(&index, &html)?;
    write_service_worker(dist, &html, &loader_name)?;
    Ok(Some(Finished { loader: loader_name, panels }))
}

/// The settings script and the first paint's stylesheet inline, with the policy that allows
/// them; the rest of the stylesheet in one linked file, whose name it returns.
/// Refuses, with why, an `index.html` it cannot do this to.
fn inline_what_the_first_paint_needs(dist: &Path, html: &mut String) -> std::result::Result<String, String> {
    let settings = startup::settings_script();
    let head_end = html.find("</head>").ok_or("no </head>")?;
    let link = Regex::new(r#"<link rel="stylesheet" href="/([\w-]+-[0-9a-f]+\.css)"[^>]*>\s*"#).unwrap();
    let links: Vec<(String, String, bool)> = link
        .captures_iter(html)
        .map(|c| (c[0].to_owned(), c[1].to_owned(), c.get(0).is_some_and(|m| m.start() < head_end)))
        .collect();
    let (first_paint, app_only): (Vec<_>, Vec<_>) = links.into_iter().partition(|l| l.2);
    if first_paint.is_empty() || app_only.is_empty() {
        return Err("no stylesheet links from Trunk in <head> and in <body>".to_owned());
    }
    let css = joined(dist, &first_paint).map_err(|e| e.to_string())?;
    let panels = joined(dist, &app_only).map_err(|e| e.to_string())?;
    let panels_name = hashed("panels", panels.as_bytes(), "css");
    write(&dist.join(&panels_name), &panels).map_err(|e| e.to_string())?;
    // Inline text ends at the first closing tag of its kind, whatever comes after; and the HTML
    // parser turns CR LF into LF, so text with a CR would not match its hash.
    if settings.to_lowercase().contains("</script") || css.to_lowercase().contains("</style") {
        return Err("inline text would close its own element early".to_owned());
    }
    if settings.contains('\r') || css.contains('\r') {
        return Err("style/ or the settings script has CR LF line ends: check it out with LF".to_owned());
    }
    let meta = format!(
        "<meta charset=\"utf-8\">\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n  {}",
        policy(&settings, &css),
        first_frame_waits_for_the_title()
    );
    for (needed, what) in [("<meta charset=\"utf-8\">", "<meta charset>"), ("<title>", "<title>")] {
        if !html.contains(needed) {
            return Err(format!("no {what} to put the page's own parts by"));
        }
    }
    *html = html.replacen("<meta charset=\"utf-8\">", &meta, 1);
    *html = html.replacen("<title>", &format!("<script>{settings}</script>\n  <title>"), 1);
    for (i, (tag, file, _)) in first_paint.iter().enumerate() {
        *html =
            html.replacen(tag, &if i == 0 { format!("<style>{css}</style>\n  ") } else { String::new() }, 1);
        let _ = fs::remove_file(dist.join(file));
    }
    let panels_link = format!(
        "<link rel=\"stylesheet\" href=\"/{panels_name}\" integrity=\"{}\">\n",
        integrity(panels.as_bytes())
    );
    for (i, (tag, file, _)) in app_only.iter().enumerate() {
        *html = html.replacen(tag, if i == 0 { &panels_link } else { "" }, 1);
        let _ = fs::remove_file(dist.join(file));
    }
    Ok(panels_name)
}

/// The first frame waits until an article's title is parsed (`startup::ARTICLE_TITLE_ID`; on a
/// page without one, until the page is parsed): the browser spends no frame, on a slow phone, on
/// a banner alone. Browsers without `rel="expect"` ignore it.
fn first_frame_waits_for_the_title() -> String {
    format!("<link rel=\"expect\" href=\"#{}\" blocking=\"render\">", startup::ARTICLE_TITLE_ID)
}

/// Trunk's copies of the stylesheet files, in order, joined and minified.
fn joined(dist: &Path, links: &[(String, String, bool)]) -> Result<String> {
    let code = links.iter().map(|l| read(&dist.join(&l.1))).collect::<Result<Vec<_>>>()?.join("\n");
    let options = ParserOptions { filename: links[0].1.clone(), ..ParserOptions::default() };
    let refused = |e: &dyn std::fmt::Display| Error::invalid(&dist.join(&links[0].1), e.to_string());
    let mut sheet = StyleSheet::parse(&code, options).map_err(|e| refused(&e))?;
    sheet.minify(MinifyOptions::default()).map_err(|e| refused(&e))?;
    let printed = sheet.to_css(PrinterOptions { minify: true, ..PrinterOptions::default() });
    Ok(printed.map_err(|e| refused(&e))?.code)
}

fn policy(settings: &str, css: &str) -> String {
    let hash = |text: &str| format!("'sha256-{}'", base64(&Sha256::digest(text.as_bytes())));
    [
        "default-src 'none'".to_owned(),
        format!("script-src 'self' 'wasm-unsafe-eval' {}", hash(settings)),
        format!("style-src 'self' {}", hash(css)),
        "img-src 'self' data:".to_owned(),
        "connect-src 'self'".to_owned(),
        "manifest-src 'self'".to_owned(),
        "worker-src 'self'".to_owned(),
        "base-uri 'none'".to_owned(),
        "form-action 'none'".to_owned(),
    ]
    .join("; ")
}

/// The app's code waits behind the stylesheet: the first paint needs only the HTML and the CSS.
/// The wasm preload's integrity is ignored by browsers (with a console warning); the loader's
/// fetch checks it instead, and without the attribute the preloaded bytes are reused by it.
fn low_priority_app(html: &str) -> String {
    let checked =
        Regex::new(r#"(<link rel="preload" href="[^"]+\.wasm" crossorigin="anonymous") integrity="[^"]+""#)
            .unwrap();
    let html = checked.replace(html, "$1");
    let wasm = Regex::new(r#"(<link rel="preload" href="[^"]+\.wasm" crossorigin="anonymous")"#).unwrap();
    let html = wasm.replace(&html, "$1 fetchpriority=\"low\"");
    html.replacen("<link rel=\"modulepreload\" ", "<link rel=\"modulepreload\" fetchpriority=\"low\" ", 1)
}

/// The service worker, naming this build's files: a new build is a new worker with a new cache.
fn write_service_worker(dist: &Path, html: &str, loader: &str) -> Result<()> {
    let mut shell = vec![startup::APP_PAGE.to_owned(), format!("/{loader}")];
    let asset = Regex::new(r#"(?:href|src)="(/[\w.-]+\.(?:js|wasm|css|svg))""#).unwrap();
    for found in asset.captures_iter(html) {
        if !shell.contains(&found[1].to_owned()) {
            shell.push(found[1].to_owned());
        }
    }
    let digest = Sha256::digest(shell.join(",").as_bytes());
    let version: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    write(&dist.join(&startup::SERVICE_WORKER[1..]), &startup::service_worker(&shell, &version))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A build as Trunk writes it: its start-up script inline, the stylesheet's files linked in
    /// `<head>` and at the end of `<body>`.
    fn trunk_build(name: &str) -> std::path::PathBuf {
        let dist = std::env::temp_dir().join(format!("changyue-app-shell-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dist);
        fs::create_dir_all(&dist).unwrap();
        fs::write(dist.join("app-1.js"), "export default async function init() {}").unwrap();
        fs::write(dist.join("app-1_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
        fs::write(dist.join("base-0a.css"), "body { color : #000000 }").unwrap();
        fs::write(dist.join("panels-0b.css"), ".panel { margin: 0px }").unwrap();
        fs::write(dist.join("dialogs-0c.css"), "dialog { padding: 0px }").unwrap();
        let html = r#"<!DOCTYPE html>
<html lang="zh-CN"><head>
  <meta charset="utf-8">
  <title>畅阅</title>
  <link rel="modulepreload" href="/app-1.js" crossorigin="anonymous" integrity="sha384-glue">
  <link rel="preload" href="/app-1_bg.wasm" crossorigin="anonymous" integrity="sha384-wasm" as="fetch" type="application/wasm">
  <link rel="stylesheet" href="/base-0a.css" integrity="sha384-a"/>
<script type="module">
import init, * as bindings from '/app-1.js';
const wasm = await init({ module_or_path: '/app-1_bg.wasm' });
</script></head>
<body><div id="boot"></div>
  <link rel="stylesheet" href="/panels-0b.css" integrity="sha384-b"/>
  <link rel="stylesheet" href="/dialogs-0c.css" integrity="sha384-c"/>
</body></html>"#;
        fs::write(dist.join("index.html"), html).unwrap();
        dist
    }

    #[test]
    fn trunks_build_is_made_ready_to_serve_once() {
        let dist = trunk_build("once");
        let finished = finish(&dist).unwrap().expect("Trunk's build is finished");
        let html = fs::read_to_string(dist.join("index.html")).unwrap();
        // The loader, a file with its integrity, in place of Trunk's script.
        let loader = fs::read(dist.join(&finished.loader)).unwrap();
        assert!(html.contains(&format!(
            "<script type=\"module\" src=\"/{}\" integrity=\"{}\"></script>",
            finished.loader,
            integrity(&loader)
        )));
        assert!(!html.contains("<script type=\"module\">"));
        let wasm_integrity = integrity(b"\0asm\x01\0\0\0");
        assert!(
            String::from_utf8_lossy(&loader).contains(&wasm_integrity),
            "the wasm is fetched with its integrity"
        );
        // The settings script and the first paint's stylesheet inline, allowed by their hashes.
        let settings = startup::settings_script();
        assert!(html.contains(&format!("<script>{settings}</script>\n  <title>")));
        assert!(html.contains("<style>body{color:#000}</style>"));
        assert!(html.contains(&format!("'sha256-{}'", base64(&Sha256::digest(settings.as_bytes())))));
        assert!(html.contains(&format!("'sha256-{}'", base64(&Sha256::digest(b"body{color:#000}")))));
        assert!(html.find("Content-Security-Policy").unwrap() < html.find("<title>").unwrap());
        // The first frame waits for the article's title, not for a banner alone.
        assert!(html.contains(r##"<link rel="expect" href="#article-title" blocking="render">"##));
        // What only the app shows, in one linked file where the first of its links was.
        let panels = fs::read(dist.join(&finished.panels)).unwrap();
        assert_eq!(panels, b".panel{margin:0}dialog{padding:0}");
        assert!(html.contains(&format!(
            "<link rel=\"stylesheet\" href=\"/{}\" integrity=\"{}\">\n</body>",
            finished.panels,
            integrity(&panels)
        )));
        for gone in ["base-0a.css", "panels-0b.css", "dialogs-0c.css"] {
            assert!(!dist.join(gone).exists(), "{gone}");
        }
        // The app's code waits behind the stylesheet; the wasm preload's ignored integrity goes.
        assert!(html.contains(r#"<link rel="preload" href="/app-1_bg.wasm" crossorigin="anonymous" fetchpriority="low" as="fetch""#));
        assert!(html.contains(r#"<link rel="modulepreload" fetchpriority="low" href="/app-1.js""#));
        // The service worker names this build's files.
        let worker = fs::read_to_string(dist.join("sw.js")).unwrap();
        let shell = format!(
            r#""shell":["/index.html","/{}","/app-1.js","/app-1_bg.wasm","/{}"]"#,
            finished.loader, finished.panels
        );
        assert!(worker.contains(&shell), "{worker}");
        // Finished already: a second run leaves it as it is.
        assert!(finish(&dist).unwrap().is_none());
        assert_eq!(fs::read_to_string(dist.join("index.html")).unwrap(), html);
        fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn a_build_of_another_shape_is_refused_with_why() {
        let dist = trunk_build("shape");
        let html = fs::read_to_string(dist.join("index.html")).unwrap();
        fs::write(dist.join("index.html"), html.replace("module_or_path", "path")).unwrap();
        assert!(finish(&dist).unwrap_err().to_string().contains("Trunk's start-up script has changed shape"));
        fs::write(dist.join("index.html"), html.replace("<title>", "")).unwrap();
        assert!(finish(&dist).unwrap_err().to_string().contains("<title>"));
        fs::remove_dir_all(&dist).unwrap();
    }
}
