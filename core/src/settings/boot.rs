//! The start-up script: it puts the reader's stored settings on `<html>` before the first paint,
//! so that an elder reader's first frame is already large and a night reader's already dark, and
//! nothing moves when the app starts. It is made here, from the rules the app applies
//! (`Settings::from_stored` and `Settings::page_style`), never written by hand: for each stored
//! field, every value the app accepts, as its JSON text, maps to what the app puts on the page for
//! it; any other value maps to the default, as `from_stored` reads it.
//!
//! It also makes the pre-rendered copy's 字号 and 长者模式 controls show the stored state (a
//! table from the components' own rules, `ControlState`), once per parser task until the page
//! is parsed, and marks a button pressed before the app has taken over (`PRESSED_EARLY_ATTRIBUTE`).

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{json, Value};

use super::tools::ToolSettings;
use super::{
    Choice, ColorScheme, ContentWidth, FontPreset, FontScale, LetterSpacing, LineHeight, Settings,
    SystemPreferences,
};

/// Put on `<html>` when the reader keeps the 无障碍 toolbar open, so that the pre-rendered page
/// shows it in the first paint (style/toolbar.css).
pub const TOOLBAR_OPEN_ATTRIBUTE: &str = "data-toolbar-open";

/// The pre-rendered copy of a page (`changyue render`), which the app takes over when it starts.
pub const PRERENDERED_ID: &str = "prerendered";

/// Put by this script on the copy's button the reader pressed last before the app had taken
/// over; the app then presses the same button (src/adapters/takeover.rs).
pub const PRESSED_EARLY_ATTRIBUTE: &str = "data-pressed-early";

/// The copy's notice, holding its words in data attributes (cli/src/shell.rs); filled by this
/// script after an early press, and by the app's loader if the app cannot start.
pub const START_NOTICE_ID: &str = "start-notice";

/// The 无障碍 toolbar (`BarrierFreeToolbar`). Its switches in the copy show the defaults, not
/// this reader's tools, so a press on one there is not kept: it could turn off what is on.
pub const TOOLBAR_ID: &str = "barrier-free";

/// Put on `<html>` by the app's loader (scripts/post-build.mjs) when the app could not start.
pub const APP_FAILED_ATTRIBUTE: &str = "data-app-failed";

/// What a field's effect on the page depends on besides its own value.
#[derive(Clone, Copy, Serialize)]
#[serde(rename_all = "lowercase")]
enum Context {
    None,
    /// 长者模式 raises its floor.
    Elder,
    /// Without a stored value it follows the system's wishes.
    System,
}

/// One stored field: which of the page's properties and attributes it sets, and to what.
#[derive(Serialize)]
struct FieldTable {
    field: &'static str,
    context: Context,
    /// `"<context>|<stored JSON>"` → `(name, value)`; `"<context>|"` is the default. A name
    /// starting with `--` is a custom property; an attribute whose value is null is absent.
    entries: BTreeMap<String, Vec<(&'static str, Option<String>)>>,
}

/// The stored fields (as `StoredSettings` names them), what they set and what they depend on.
const FIELDS: [(&str, Context, &[&str]); 7] = [
    ("font_scale", Context::Elder, &["--cy-text-scale", "data-font-scale"]),
    ("line_height", Context::Elder, &["--cy-line-height", "data-line-height"]),
    ("letter_spacing", Context::None, &["--cy-letter-spacing"]),
    ("width", Context::None, &["--cy-measure"]),
    ("scheme", Context::System, &["data-scheme"]),
    ("text_only", Context::None, &["data-text-only"]),
    ("elder", Context::None, &["data-elder"]),
];

/// Every value the app accepts for a field, as stored.
fn accepted(field: &str) -> Vec<Value> {
    fn ids<C: Choice>() -> Vec<Value> {
        C::ALL.iter().map(|c| json!(c.id())).collect()
    }
    match field {
        "font_scale" => {
            std::iter::successors(Some(FontScale::MIN), |s| s.larger()).map(|s| json!(s.percent())).collect()
        }
        "line_height" => ids::<LineHeight>(),
        "letter_spacing" => ids::<LetterSpacing>(),
        "width" => ids::<ContentWidth>(),
        "scheme" => ids::<ColorScheme>(),
        _ => vec![json!(true), json!(false)],
    }
}

/// The contexts a field is looked up in, with their keys (as the script computes them).
fn contexts(context: Context) -> Vec<(&'static str, bool, SystemPreferences)> {
    let quiet = SystemPreferences::default();
    match context {
        Context::None => vec![("", false, quiet)],
        Context::Elder => vec![("", false, quiet), ("elder", true, quiet)],
        Context::System => [(false, false), (true, false), (false, true), (true, true)]
            .into_iter()
            .map(|(dark, more_contrast)| {
                let key = match (dark, more_contrast) {
                    (false, false) => "",
                    (true, false) => "dark",
                    (false, true) => "more",
                    (true, true) => "darkmore",
                };
                (key, false, SystemPreferences { dark, more_contrast })
            })
            .collect(),
    }
}

fn tables() -> Vec<FieldTable> {
    FIELDS
        .iter()
        .map(|&(field, context, names)| {
            let mut entries = BTreeMap::new();
            for (key, elder, system) in contexts(context) {
                let style_of = |stored: Value| {
                    let style = Settings::from_stored(&stored.to_string()).page_style(system);
                    let properties = style.properties.into_iter().map(|(n, v)| (n, Some(v)));
                    properties.chain(style.attributes).filter(|(n, _)| names.contains(n)).collect::<Vec<_>>()
                };
                let base = if elder { json!({ "elder": true }) } else { json!({}) };
                entries.insert(format!("{key}|"), style_of(base.clone()));
                for value in accepted(field) {
                    let mut stored = base.clone();
                    stored[field] = value.clone();
                    entries.insert(format!("{key}|{value}"), style_of(stored));
                }
            }
            FieldTable { field, context, entries }
        })
        .collect()
}

/// What the page's 字号 groups (`FontSizeControls`) and 长者模式 switches show, as the app's
/// components show it, for a stored 字号 and 长者模式. The pre-rendered copy is rendered with
/// the defaults; without this a reader with 长者模式 stored would see it off until the app
/// started, and a press on it then would turn it off.
struct ControlState {
    elder: bool,
    /// The size in force, as the group shows it.
    percent: String,
    /// `(pressed, unavailable)` for each preset, in `FontPreset::ALL` order (大 中 小).
    presets: Vec<(bool, bool)>,
    smaller_unavailable: bool,
    larger_unavailable: bool,
}

impl ControlState {
    fn of(stored: &Value) -> Self {
        let settings = Settings::from_stored(&stored.to_string());
        let scale = settings.effective_font_scale();
        Self {
            elder: settings.elder,
            percent: format!("{}%", scale.percent()),
            presets: FontPreset::ALL
                .iter()
                .map(|p| (scale == p.scale(), !settings.allows(p.scale())))
                .collect(),
            smaller_unavailable: settings.smaller_font().is_none(),
            larger_unavailable: settings.larger_font().is_none(),
        }
    }

    /// For the script, short (it is in every page's head): "1" or "0" for 长者模式, each preset
    /// pressed, each preset unavailable, 缩小 and 放大 unavailable, then a space and the size.
    fn encoded(&self) -> String {
        let pressed = self.presets.iter().map(|p| p.0);
        let unavailable = self.presets.iter().map(|p| p.1);
        let flags = std::iter::once(self.elder)
            .chain(pressed)
            .chain(unavailable)
            .chain([self.smaller_unavailable, self.larger_unavailable]);
        let bits: String = flags.map(|on| if on { '1' } else { '0' }).collect();
        format!("{bits} {}", self.percent)
    }
}

/// `"<elder>|<stored font_scale JSON>"` → what the controls show; `"<elder>|"` is the default.
fn control_states() -> BTreeMap<String, ControlState> {
    let mut states = BTreeMap::new();
    for (key, base) in [("", json!({})), ("elder", json!({ "elder": true }))] {
        states.insert(format!("{key}|"), ControlState::of(&base));
        for value in accepted("font_scale") {
            let mut stored = base.clone();
            stored["font_scale"] = value.clone();
            states.insert(format!("{key}|{value}"), ControlState::of(&stored));
        }
    }
    states
}

/// The script, for a classic `<script>` in `<head>` (render-blocking by design: it is small and
/// must run before the first paint). ES5, for the older in-app browsers.
pub fn boot_script() -> String {
    let tables = serde_json::to_string(&tables()).unwrap_or_else(|_| "[]".to_owned());
    let controls: BTreeMap<String, String> =
        control_states().into_iter().map(|(k, v)| (k, v.encoded())).collect();
    let controls = serde_json::to_string(&controls).unwrap_or_else(|_| "{}".to_owned());
    format!(
        r#"// Puts the reader's stored settings on <html> before the first paint. Made by changyue-core
// (core/src/settings/boot.rs) from the rules the app applies; not written by hand.
(function () {{
  var tables = {tables};
  var stored = null;
  try {{ stored = JSON.parse(localStorage.getItem({key})); }} catch (e) {{}}
  if (!stored || typeof stored !== "object") stored = {{}};
  var prefers = function (query) {{ return !!(window.matchMedia && matchMedia(query).matches); }};
  var contexts = {{
    none: "",
    elder: stored.elder === true ? "elder" : "",
    system: (prefers({dark}) ? "dark" : "") + (prefers({more}) ? "more" : "")
  }};
  var root = document.documentElement;
  tables.forEach(function (table) {{
    var context = contexts[table.context];
    var entries = table.entries[context + "|" + JSON.stringify(stored[table.field])] || table.entries[context + "|"];
    entries.forEach(function (entry) {{
      if (entry[0].lastIndexOf("--", 0) === 0) root.style.setProperty(entry[0], entry[1]);
      else if (entry[1] !== null) root.setAttribute(entry[0], entry[1]);
    }});
  }});
  // The 无障碍 toolbar kept open (ToolSettings::from_stored: only a stored true opens it).
  var tools = null;
  try {{ tools = JSON.parse(localStorage.getItem({tools_key})); }} catch (e) {{}}
  if (tools && typeof tools === "object" && !Array.isArray(tools) && tools.open === true) root.setAttribute({toolbar_open}, "");
  // The copy's 字号 groups and 长者模式 switches show this reader's state, as the app's do,
  // before anything paints or reads them: after each parser task that added nodes (a mutation
  // observer's callbacks run before the next frame), until the page is parsed.
  var controls = {controls};
  var state = controls[contexts.elder + "|" + JSON.stringify(stored.font_scale)] || controls[contexts.elder + "|"];
  var flag = function (i) {{ return String(state.charAt(i) === "1"); }};
  var show = function () {{
    var copy = document.getElementById({prerendered});
    // An app that could not start has marked every button unavailable (the loader).
    if (!copy || root.hasAttribute({failed})) return;
    var groups = copy.querySelectorAll(".font-size-controls");
    for (var g = 0; g < groups.length; g++) {{
      var buttons = groups[g].querySelectorAll("button");
      var current = groups[g].querySelector(".font-size-current");
      if (buttons.length !== 5 || !current || !current.lastChild) continue;
      for (var b = 0; b < 3; b++) {{
        buttons[b].setAttribute("aria-pressed", flag(1 + b));
        buttons[b].setAttribute("aria-disabled", flag(4 + b));
      }}
      buttons[3].setAttribute("aria-disabled", flag(7));
      buttons[4].setAttribute("aria-disabled", flag(8));
      current.lastChild.nodeValue = state.slice(10);
    }}
    var switches = copy.querySelectorAll("button[aria-pressed]");
    for (var s = 0; s < switches.length; s++) {{
      if (switches[s].textContent === {elder_label}) switches[s].setAttribute("aria-pressed", flag(0));
    }}
  }};
  if (window.MutationObserver) {{
    var parsing = new MutationObserver(show);
    parsing.observe(document.documentElement, {{ childList: true, subtree: true }});
    document.addEventListener("DOMContentLoaded", function () {{ parsing.disconnect(); show(); }});
  }} else document.addEventListener("DOMContentLoaded", show);
  // Until the app has taken over the pre-rendered copy, the copy's buttons cannot act: the one
  // pressed last is marked for the app to press, and the reader is told. Here, from the first
  // paint, not in the app's loader, which runs only once the page is parsed and it has arrived.
  document.addEventListener("click", function (event) {{
    var button = event.target.closest ? event.target.closest({button}) : null;
    if (!button || root.hasAttribute({failed}) || button.getAttribute("aria-disabled") === "true") return;
    if (button.hasAttribute("aria-pressed") && button.closest({toolbar})) return;
    var earlier = document.querySelectorAll("[" + {pressed} + "]");
    for (var i = 0; i < earlier.length; i++) earlier[i].removeAttribute({pressed});
    button.setAttribute({pressed}, "");
    var notice = document.getElementById({notice});
    if (notice) notice.textContent = notice.getAttribute("data-early-press");
  }}, true);
}})();
"#,
        key = json!(Settings::STORAGE_KEY),
        tools_key = json!(ToolSettings::STORAGE_KEY),
        toolbar_open = json!(TOOLBAR_OPEN_ATTRIBUTE),
        button = json!(format!("#{PRERENDERED_ID} button")),
        prerendered = json!(PRERENDERED_ID),
        toolbar = json!(format!("#{TOOLBAR_ID}")),
        elder_label = json!(crate::text::ELDER_MODE),
        failed = json!(APP_FAILED_ATTRIBUTE),
        pressed = json!(PRESSED_EARLY_ATTRIBUTE),
        notice = json!(START_NOTICE_ID),
        dark = json!(SystemPreferences::DARK_QUERY),
        more = json!(SystemPreferences::MORE_CONTRAST_QUERY),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the script puts on the page for a stored string, looked up in the tables as the script
    /// looks it up (JSON text of the stored field, in its context).
    fn as_the_script_does(stored: &str, system: SystemPreferences) -> BTreeMap<&'static str, Option<String>> {
        let parsed: Value = serde_json::from_str(stored).ok().filter(Value::is_object).unwrap_or(json!({}));
        let elder = if parsed["elder"] == json!(true) { "elder" } else { "" };
        let system_key = format!(
            "{}{}",
            if system.dark { "dark" } else { "" },
            if system.more_contrast { "more" } else { "" }
        );
        let mut page = BTreeMap::new();
        for table in tables() {
            let context = match table.context {
                Context::None => "",
                Context::Elder => elder,
                Context::System => &system_key,
            };
            let value = parsed.get(table.field).map(json_stringify).unwrap_or_default();
            let entries = table
                .entries
                .get(&format!("{context}|{value}"))
                .or_else(|| table.entries.get(&format!("{context}|")));
            page.extend(entries.unwrap().iter().cloned());
        }
        page
    }

    /// `JSON.stringify` of a parsed value: a whole number is written without its fraction.
    fn json_stringify(value: &Value) -> String {
        match value.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 1e21 => format!("{}", f as i64),
            _ => value.to_string(),
        }
    }

    fn as_the_app_does(stored: &str, system: SystemPreferences) -> BTreeMap<&'static str, Option<String>> {
        let style = Settings::from_stored(stored).page_style(system);
        style.properties.into_iter().map(|(n, v)| (n, Some(v))).chain(style.attributes).collect()
    }

    #[test]
    fn the_script_puts_on_the_page_what_the_app_puts_there() {
        let mut stored = vec![
            String::new(),
            "not json".to_owned(),
            "null".to_owned(),
            "5".to_owned(),
            "{}".to_owned(),
            r#"{"elder":true}"#.to_owned(),
            r#"{"elder":"true","font_scale":"130"}"#.to_owned(),
            r#"{"font_scale":70,"elder":true,"line_height":"compact"}"#.to_owned(),
            r#"{"font_scale":75,"scheme":"purple","width":null,"text_only":1}"#.to_owned(),
            r#"{"scheme":"dark","text_only":true,"letter_spacing":"wide","width":"wide"}"#.to_owned(),
            // Forged: not an object, a repeated key, numbers written otherwise.
            "[200]".to_owned(),
            r#"{"elder":true,"font_scale":200,"elder":false}"#.to_owned(),
            r#"{"font_scale":130.0}"#.to_owned(),
            r#"{"font_scale":1.6e2,"elder":true}"#.to_owned(),
            r#"{"font_scale":130.5}"#.to_owned(),
            r#"{"font_scale":-130}"#.to_owned(),
        ];
        // Every value of every field, with elder mode on and off.
        for (field, _, _) in FIELDS {
            for value in accepted(field) {
                for elder in [false, true] {
                    stored.push(json!({ field: value.clone(), "elder": elder }).to_string());
                }
            }
        }
        for s in &stored {
            for (_, _, system) in contexts(Context::System) {
                assert_eq!(
                    as_the_script_does(s, system),
                    as_the_app_does(s, system),
                    "stored {s:?}, {system:?}"
                );
            }
        }
    }

    #[test]
    fn every_field_of_the_page_style_is_covered_once() {
        let style = Settings::default().page_style(SystemPreferences::default());
        let mut names: Vec<&str> =
            style.properties.iter().map(|p| p.0).chain(style.attributes.iter().map(|a| a.0)).collect();
        let mut covered: Vec<&str> = FIELDS.iter().flat_map(|f| f.2.iter().copied()).collect();
        names.sort();
        covered.sort();
        assert_eq!(names, covered);
        let stored: Value = serde_json::from_str(&Settings::default().to_stored()).unwrap();
        let mut fields: Vec<&str> = stored.as_object().unwrap().keys().map(String::as_str).collect();
        // `scheme` is absent while the page follows the system.
        fields.push("scheme");
        fields.sort();
        let mut ours: Vec<&str> = FIELDS.iter().map(|f| f.0).collect();
        ours.sort();
        assert_eq!(fields, ours);
    }

    #[test]
    fn the_script_opens_the_toolbar_exactly_when_the_app_does() {
        let open = ToolSettings { open: true, ..ToolSettings::default() };
        let stored = [
            String::new(),
            "not json".to_owned(),
            "null".to_owned(),
            "[true]".to_owned(),
            "{}".to_owned(),
            r#"{"open":true}"#.to_owned(),
            r#"{"open":"yes","rate":"warp"}"#.to_owned(),
            r#"{"open":1}"#.to_owned(),
            r#"{"open":false}"#.to_owned(),
            open.to_stored(),
            ToolSettings::default().to_stored(),
        ];
        for s in &stored {
            // The script's test: a parsed object whose `open` is exactly true.
            let by_script = serde_json::from_str::<Value>(s)
                .ok()
                .filter(Value::is_object)
                .is_some_and(|v| v["open"] == json!(true));
            assert_eq!(by_script, ToolSettings::from_stored(s).open, "{s}");
        }
        assert!(boot_script().contains("\"changyue.tools.v1\""));
        assert!(boot_script().contains("\"data-toolbar-open\""));
    }

    #[test]
    fn the_script_names_the_storage_key_and_queries() {
        let script = boot_script();
        assert!(script.contains("\"changyue.settings.v1\""));
        assert!(script.contains("(prefers-color-scheme: dark)"));
        assert!(script.contains("(prefers-contrast: more)"));
        assert!(script.len() < 11_000, "{} bytes", script.len());
    }

    #[test]
    fn the_copys_controls_show_what_the_app_shows() {
        let states = control_states();
        let shown = |key: &str| {
            let state = &states[key];
            (
                state.elder,
                state.percent.as_str(),
                state.presets.clone(),
                state.smaller_unavailable,
                state.larger_unavailable,
            )
        };
        // Nothing stored: 中 at 100%, every step open.
        let open = (false, false);
        assert_eq!(shown("|"), (false, "100%", vec![open, (true, false), open], false, false));
        // 大 stored.
        assert_eq!(shown("|130"), (false, "130%", vec![(true, false), open, open], false, false));
        // 长者模式 with 小 stored: 长者模式's floor is in force, and what is under it is unavailable.
        let refused = (false, true);
        assert_eq!(shown("elder|80"), (true, "100%", vec![open, (true, false), refused], true, false));
        // A size between the presets presses none; the largest step has nothing above it.
        let largest = FontScale::MAX.percent();
        assert_eq!(
            shown(&format!("|{largest}")),
            (false, &*format!("{largest}%"), vec![open; 3], false, true)
        );
        // Every accepted stored size has its entry, with 长者模式 on and off.
        assert_eq!(states.len(), 2 * (accepted("font_scale").len() + 1));
        // As the script reads it (it counts 3 presets and 2 steps in a group).
        assert_eq!(FontPreset::ALL.len(), 3);
        assert_eq!(states["elder|80"].encoded(), "101000110 100%");
    }
}
