//! The tables the settings script (`settings.js`) applies, made from the app's own rules, never
//! written by hand: for each stored field, every value the app accepts, as its JSON text, maps to
//! what the app puts on the page for it (`Settings::from_stored`, `Settings::page_style`), and
//! any other value to the default, as `from_stored` reads it; for each stored 字号 and 长者模式,
//! what the page's controls show and what a press on each does (`Settings::font_button`,
//! `Settings::press_font`), as the app's components show and do it.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{json, Value};

use super::ELDER_SWITCH;
use crate::settings::{
    Choice, ColorScheme, ContentWidth, FontPress, FontScale, LetterSpacing, LineHeight, Settings,
    SystemPreferences,
};

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
pub(super) struct FieldTable {
    field: &'static str,
    context: Context,
    /// `"<context>|<stored JSON>"` → `(name, value)`; `"<context>|"` is the default. A name
    /// starting with `--` is a custom property; an attribute whose value is null is absent.
    entries: BTreeMap<String, Vec<(&'static str, Option<String>)>>,
}

/// The stored fields (as `StoredSettings` names them), what they set and what they depend on.
const FIELDS: [(&str, Context, &[&str]); 8] = [
    ("font_scale", Context::Elder, &["--cy-text-scale", "data-font-scale"]),
    ("line_height", Context::Elder, &["--cy-line-height", "data-line-height"]),
    ("letter_spacing", Context::None, &["--cy-letter-spacing"]),
    ("width", Context::None, &["--cy-measure"]),
    ("scheme", Context::System, &["data-scheme"]),
    ("text_only", Context::None, &["data-text-only"]),
    ("pinyin", Context::None, &["data-pinyin"]),
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

pub(super) fn page_tables() -> Vec<FieldTable> {
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

/// One of the page's buttons the script works, as the app's component shows it for a stored
/// 字号 and 长者模式, and what a press on it does. In every page's head, so written as an array
/// (`[pressed, unavailable, sets, says]`, each field as documented here), not an object: its
/// field names, repeated for 6 buttons in 30 states, were a quarter of the script.
#[derive(Debug, PartialEq, Serialize)]
pub(super) struct Button(
    /// `aria-pressed`: null for 缩小 and 放大.
    Option<bool>,
    /// `aria-disabled`: null for the switch, which is never unavailable.
    Option<bool>,
    /// The stored field a press sets, and its new value; null when the press is refused.
    Option<(&'static str, Value)>,
    /// What the reader is told, the change or why there is none: its place in
    /// `ControlTable::said` (the same few words recur across the table). Null when the button's
    /// own pressed state says it (the switch) or nothing changes (`Settings::font_press_said`).
    Option<usize>,
);

/// The page's 字号 groups (`FontSizeControls`) and 长者模式 switches (`ElderModeSwitch`). The
/// pre-rendered copy is rendered with the defaults; without this a reader with 长者模式 stored
/// would see it off until the app started, and a press on it then would turn it off.
#[derive(Debug, PartialEq, Serialize)]
pub(super) struct Controls {
    /// The size in force, as a group shows it.
    shown: String,
    /// By the button's mark: `FontPress::id`, or `ELDER_SWITCH`.
    buttons: BTreeMap<&'static str, Button>,
}

/// Every stored 字号 and 长者模式, with what the controls show for it, and the words they say.
#[derive(Debug, Default, PartialEq, Serialize)]
pub(super) struct ControlTable {
    /// `"<elder>|<stored font_scale JSON>"` → the controls; `"<elder>|"` is the default.
    pub(super) states: BTreeMap<String, Controls>,
    pub(super) said: Vec<String>,
}

impl ControlTable {
    /// The place of `words` in `said`, added if new.
    fn words(&mut self, words: String) -> usize {
        self.said.iter().position(|w| *w == words).unwrap_or_else(|| {
            self.said.push(words);
            self.said.len() - 1
        })
    }
}

impl Controls {
    fn of(stored: &Value, table: &mut ControlTable) -> Self {
        let settings = Settings::from_stored(&stored.to_string());
        let mut buttons = BTreeMap::new();
        for press in FontPress::ALL {
            let shows = settings.font_button(press);
            let sets = settings.press_font(press).ok().map(|scale| ("font_scale", json!(scale.percent())));
            let says = settings.font_press_said(press).map(|words| table.words(words));
            let button = Button(shows.pressed, Some(shows.unavailable), sets, says);
            buttons.insert(press.id(), button);
        }
        // Pressed, the switch says its new state itself (aria-pressed), as the app's does.
        let elder = Button(Some(settings.elder), None, Some(("elder", json!(!settings.elder))), None);
        buttons.insert(ELDER_SWITCH, elder);
        Self { shown: format!("{}%", settings.effective_font_scale().percent()), buttons }
    }
}

pub(super) fn controls() -> ControlTable {
    let mut table = ControlTable::default();
    for (key, base) in [("", json!({})), ("elder", json!({ "elder": true }))] {
        let controls = Controls::of(&base, &mut table);
        table.states.insert(format!("{key}|"), controls);
        for value in accepted("font_scale") {
            let mut stored = base.clone();
            stored["font_scale"] = value.clone();
            let controls = Controls::of(&stored, &mut table);
            table.states.insert(format!("{key}|{value}"), controls);
        }
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::ToolSettings;
    use crate::text;

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
        for table in page_tables() {
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
    }

    #[test]
    fn the_controls_show_what_the_app_shows_and_a_press_does_what_the_app_does() {
        let table = controls();
        let all = &table.states;
        let shown = |key: &str, mark: &str| {
            let button = &all[key].buttons[mark];
            (button.0, button.1, button.2.clone(), button.3.map(|i| table.said[i].as_str()))
        };
        // Nothing stored: 中 at 100%, every step open; a press on 中 changes nothing, and says nothing.
        assert_eq!(all["|"].shown, "100%");
        assert_eq!(shown("|", "medium"), (Some(true), Some(false), Some(("font_scale", json!(100))), None));
        assert_eq!(
            shown("|", "large"),
            (Some(false), Some(false), Some(("font_scale", json!(130))), Some("字号已调整为 大"))
        );
        assert_eq!(
            shown("|", "larger"),
            (None, Some(false), Some(("font_scale", json!(110))), Some("字号已调整为 110%"))
        );
        // The switch's pressed state says it: no words besides.
        assert_eq!(shown("|", ELDER_SWITCH), (Some(false), None, Some(("elder", json!(true))), None));
        // 大 stored.
        assert_eq!(all["|130"].shown, "130%");
        assert_eq!(shown("|130", "large").0, Some(true));
        // 长者模式 with 小 stored: its floor is in force, and what is under it is refused, with why.
        assert_eq!(all["elder|80"].shown, "100%");
        assert_eq!(
            shown("elder|80", "small"),
            (Some(false), Some(true), None, Some(text::FONT_AT_ELDER_MIN))
        );
        assert_eq!(shown("elder|80", "smaller"), (None, Some(true), None, Some(text::FONT_AT_ELDER_MIN)));
        assert_eq!(shown("elder|80", ELDER_SWITCH), (Some(true), None, Some(("elder", json!(false))), None));
        // The largest step has nothing above it.
        let largest = format!("|{}", FontScale::MAX.percent());
        assert_eq!(shown(&largest, "larger"), (None, Some(true), None, Some(text::FONT_AT_MAX)));
        // Every accepted stored size has its entry, with 长者模式 on and off, each with every button.
        assert_eq!(all.len(), 2 * (accepted("font_scale").len() + 1));
        assert!(all.values().all(|c| c.buttons.len() == FontPress::ALL.len() + 1));
    }
}
