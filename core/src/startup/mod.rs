//! Start-up: what a pre-rendered page (`changyue render`) does before the app has taken it over,
//! and every name the page, the app and the page's scripts share for it. The settings script
//! (`settings.js` beside this file, a real script fed this module's data when the build puts it
//! in every page's `<head>`) puts the reader's stored settings on `<html>` before the first paint,
//! shows them on the page's 字号 and 长者模式 controls, and makes those controls act from the
//! first paint: a press there is applied, stored and said at once, whether the app has started,
//! is still coming, or never starts. The app then takes the pressed settings over and says
//! nothing again (src/reading.rs). What it applies is what `Settings` computes, in tables made
//! here (`tables.rs`), never rules written again in JavaScript.

mod tables;
pub mod takeover;

use serde::Serialize;
use serde_json::json;

use crate::settings::{Settings, SystemPreferences, ToolSettings};
use crate::text;
use crate::{paths, reading_place};

/// The pre-rendered copy of a page, which the app takes over when it starts.
pub const PRERENDERED_ID: &str = "prerendered";

/// Put on `<html>` when the reader keeps the 无障碍 toolbar open, so that the pre-rendered page
/// shows it in the first paint (style/toolbar.css).
pub const TOOLBAR_OPEN_ATTRIBUTE: &str = "data-toolbar-open";

/// Put by the settings script on a copy's button that only the app can work (阅读设置, say),
/// pressed last before the app had taken over; the app then presses the same button
/// (src/adapters/takeover.rs). On a switch its value is the state the press asked for ("true" or
/// "false", the opposite of what the copy showed): the copy's toolbar shows the default tools, not
/// this reader's, so the app presses the switch only if its own state is not that one already.
pub const PRESSED_EARLY_ATTRIBUTE: &str = "data-pressed-early";

/// The copy's notice (cli/src/shell.rs), empty until the settings script fills it with core's
/// words: after an early press, or when the app could not start.
pub const START_NOTICE_ID: &str = "start-notice";

/// The 无障碍 toolbar (`BarrierFreeToolbar`). Its switches in the copy show the defaults, not
/// this reader's tools, so a press on one there is not kept: it could turn off what is on.
pub const TOOLBAR_ID: &str = "barrier-free";

/// The banner's 无障碍浏览 button (`BarrierFreeToggle`): in the copy, the settings script says
/// it is expanded for a reader who keeps the toolbar open, as the app's says.
pub const TOOLBAR_TOGGLE_ID: &str = "barrier-free-toggle";

/// The toolbar's row of tools (`role="toolbar"`): one Tab stop, the arrow keys move along it, in
/// the app and, before it has started, in the copy (the settings script).
pub const TOOLS_ID: &str = "barrier-free-tools";

/// Put on `<html>` by the app's loader when the app could not start; the settings script then
/// marks the buttons it cannot work unavailable and offers to load the page again.
pub const APP_FAILED_ATTRIBUTE: &str = "data-app-failed";

/// On each button of a 字号 group, naming the press (`FontPress::id`).
pub const FONT_SIZE_ATTRIBUTE: &str = "data-font-size";

/// On the part of a 字号 group that shows the size in force.
pub const FONT_SIZE_SHOWN_ATTRIBUTE: &str = "data-font-size-shown";

/// On a reading setting's on/off switch, naming the setting (`ELDER_SWITCH`).
pub const SWITCH_ATTRIBUTE: &str = "data-switch";

/// The value of `SWITCH_ATTRIBUTE` on every 长者模式 switch.
pub const ELDER_SWITCH: &str = "elder";

/// Put on the copy by the settings script at each press it works: the settings it stored, as
/// stored, so that the app takes them over even where storage is disabled or full.
pub const PRESSED_SETTINGS_ATTRIBUTE: &str = "data-pressed-settings";

/// Sent on `window` by the settings script after each press it works, for an app that has
/// started but not yet taken over to take the pressed settings.
pub const SETTINGS_PRESSED_EVENT: &str = "changyue-settings-pressed";

/// The page's `<main>`, the skip link's target. It follows the banner, so the settings script
/// knows the banner's controls are parsed once it is there.
pub const MAIN_ID: &str = "main";

/// An article page's title (`ArticleView`'s `<h1>`). The page's first frame waits until it is
/// parsed (a render-blocking `<link rel="expect">`, cli/src/app_shell.rs): no frame is spent on a
/// banner without the article, and a slow network still shows the title as soon as it comes.
pub const ARTICLE_TITLE_ID: &str = "article-title";

/// Put on `<html>` by the settings script until the page's first frame: the copy's footer, below
/// the first view, is not laid out for that frame (style/footer.css), so the article's text
/// paints sooner. Not put for an address that names a place on the page (`#…`).
pub const FIRST_FRAME_ATTRIBUTE: &str = "data-first-frame";

/// The polite live region (`LiveRegion`), the copy's and the app's: every setting change is
/// said there once.
pub const ANNOUNCER_ID: &str = "announcer";

/// What the settings script is fed: the names above, the storage keys, and the tables.
#[derive(Serialize)]
struct ScriptData {
    settings_key: &'static str,
    tools_key: &'static str,
    dark_query: &'static str,
    more_contrast_query: &'static str,
    prerendered: &'static str,
    toolbar_open: &'static str,
    pressed_early: &'static str,
    notice: &'static str,
    toolbar: &'static str,
    toolbar_toggle: &'static str,
    tools: &'static str,
    failed: &'static str,
    font_size: &'static str,
    font_size_shown: &'static str,
    switch: &'static str,
    pressed_settings: &'static str,
    event: &'static str,
    announcer: &'static str,
    main: &'static str,
    first_frame: &'static str,
    place_blocks: &'static str,
    fixed_at_top: &'static str,
    words: Words,
    page: Vec<tables::FieldTable>,
    controls: tables::ControlTable,
}

/// What the copy's notice says (`START_NOTICE_ID`).
#[derive(Serialize)]
struct Words {
    early_press: &'static str,
    failed: &'static str,
    reload: &'static str,
}

const SOURCE: &str = include_str!("settings.js");
/// Where the script takes its data: the one free name in `settings.js`.
const DATA_SLOT: &str = "CHANGYUE_STARTUP";

/// What the loader (`loader.js`) is fed.
#[derive(Serialize)]
struct LoaderData<'a> {
    site_file: &'static str,
    article_route: &'static str,
    /// With `{}` where the id goes.
    article_file: String,
    list_route: &'static str,
    /// With `{}` where the number goes.
    list_file: String,
    data_folder: &'static str,
    glue: &'a str,
    wasm: &'a str,
    wasm_integrity: &'a str,
    failed: &'static str,
    service_worker: &'static str,
}

/// The service worker's address, at the site's root so that it controls every page.
pub const SERVICE_WORKER: &str = "/sw.js";

/// The page the app alone shows (for an address the build made no page for): the service
/// worker's answer to a navigation with no network.
pub const APP_PAGE: &str = "/index.html";

/// The page's one module script, for the app's files as Trunk named them (`glue`, `wasm`, each a
/// site-relative address) and the wasm's Subresource Integrity.
pub fn loader_script(glue: &str, wasm: &str, wasm_integrity: &str) -> String {
    let data = LoaderData {
        site_file: paths::SITE_FILE,
        article_route: paths::ARTICLE_ROUTE,
        article_file: paths::article_file("{}"),
        list_route: paths::LIST_ROUTE,
        list_file: paths::list_file("{}"),
        data_folder: paths::DATA_FOLDER,
        glue,
        wasm,
        wasm_integrity,
        failed: APP_FAILED_ATTRIBUTE,
        service_worker: SERVICE_WORKER,
    };
    fed(include_str!("loader.js"), "CHANGYUE_LOADER", &data, "loader")
}

#[derive(Serialize)]
struct ServiceWorkerData<'a> {
    shell: &'a [String],
    version: &'a str,
    data_folder: &'static str,
    app_page: &'static str,
}

/// The service worker, for this build's files (`shell`, site-relative addresses) and a version
/// that changes with them.
pub fn service_worker(shell: &[String], version: &str) -> String {
    let data = ServiceWorkerData { shell, version, data_folder: paths::DATA_FOLDER, app_page: APP_PAGE };
    fed(include_str!("sw.js"), "CHANGYUE_SERVICE_WORKER", &data, "sw")
}

/// A script of this folder without its comment lines and indentation, with `data` as JSON in
/// place of its one free name `slot`, under a line that says where it comes from.
fn fed(source: &str, slot: &str, data: &impl Serialize, name: &str) -> String {
    let data = serde_json::to_string(data).unwrap_or_else(|_| json!({}).to_string());
    format!(
        "// changyue's {name} script: core/src/startup/{name}.js with core's data.\n{}\n",
        without_comments(source).replacen(slot, &data, 1)
    )
}

/// The settings script, for a classic `<script>` in every page's `<head>` (render-blocking by
/// design: it is small and must run before the first paint). Its comment lines and indentation
/// are left out (it is in every page); they stay in `settings.js`.
pub fn settings_script() -> String {
    let data = ScriptData {
        settings_key: Settings::STORAGE_KEY,
        tools_key: ToolSettings::STORAGE_KEY,
        dark_query: SystemPreferences::DARK_QUERY,
        more_contrast_query: SystemPreferences::MORE_CONTRAST_QUERY,
        prerendered: PRERENDERED_ID,
        toolbar_open: TOOLBAR_OPEN_ATTRIBUTE,
        pressed_early: PRESSED_EARLY_ATTRIBUTE,
        notice: START_NOTICE_ID,
        toolbar: TOOLBAR_ID,
        toolbar_toggle: TOOLBAR_TOGGLE_ID,
        tools: TOOLS_ID,
        failed: APP_FAILED_ATTRIBUTE,
        font_size: FONT_SIZE_ATTRIBUTE,
        font_size_shown: FONT_SIZE_SHOWN_ATTRIBUTE,
        switch: SWITCH_ATTRIBUTE,
        pressed_settings: PRESSED_SETTINGS_ATTRIBUTE,
        event: SETTINGS_PRESSED_EVENT,
        announcer: ANNOUNCER_ID,
        main: MAIN_ID,
        first_frame: FIRST_FRAME_ATTRIBUTE,
        place_blocks: reading_place::BLOCKS,
        fixed_at_top: reading_place::FIXED_AT_TOP,
        words: Words { early_press: text::EARLY_PRESS, failed: text::APP_FAILED, reload: text::APP_RELOAD },
        page: tables::page_tables(),
        controls: tables::controls(),
    };
    fed(SOURCE, DATA_SLOT, &data, "settings")
}

/// A script without its comment lines and indentation.
fn without_comments(source: &str) -> String {
    source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_is_fed_once_and_names_what_it_shares() {
        assert_eq!(without_comments(SOURCE).matches(DATA_SLOT).count(), 1, "one slot for core's data");
        let loader = include_str!("loader.js");
        assert_eq!(without_comments(loader).matches("CHANGYUE_LOADER").count(), 1);
        assert_eq!(without_comments(include_str!("sw.js")).matches("CHANGYUE_SERVICE_WORKER").count(), 1);
        let script = settings_script();
        assert!(!script.contains(DATA_SLOT));
        for name in [
            "\"changyue.settings.v1\"",
            "\"changyue.tools.v1\"",
            "(prefers-color-scheme: dark)",
            "(prefers-contrast: more)",
            "\"data-toolbar-open\"",
            "\"data-font-size\"",
            "\"data-switch\"",
            "\"data-first-frame\"",
            "\"changyue-settings-pressed\"",
        ] {
            assert!(script.contains(name), "{name}");
        }
    }

    #[test]
    fn the_script_leaves_its_comments_out_and_keeps_a_line_that_says_where_it_comes_from() {
        let script = settings_script();
        assert_eq!(script.lines().filter(|l| l.trim_start().starts_with("//")).count(), 1);
        let loader = loader_script("/changyue-1.js", "/changyue-1_bg.wasm", "sha384-x");
        assert!(loader.starts_with("// changyue's loader script: core/src/startup/loader.js"));
        assert!(loader.contains(r#""article_file":"/data/articles/{}.json""#));
        assert!(loader.contains(r#""list_file":"/data/articles/page/{}.json""#));
        let worker = service_worker(&["/index.html".to_owned()], "abc");
        assert!(worker.contains(r#"{"shell":["/index.html"],"version":"abc""#));
        assert!(script.starts_with("// changyue's settings script: core/src/startup/settings.js"));
        assert!(!script.lines().any(|l| l.starts_with(' ')));
    }
}
