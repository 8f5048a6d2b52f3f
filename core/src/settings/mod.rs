//! The reader's settings: one plain value with its steps, bounds and defaults.
//! The app turns it into CSS custom properties and data attributes on `<html>`
//! (see `PageStyle`) and keeps it in localStorage as JSON.

pub(crate) mod choice;
mod font;
mod history;
mod line_focus;
mod scheme;
mod steps;
mod tools;

use serde::{Deserialize, Serialize};

use crate::text;

pub use choice::Choice;
pub use font::{FontPreset, FontPress, FontScale};
pub use history::SettingsHistory;
pub use line_focus::FocusLines;
pub use scheme::{ColorScheme, SystemPreferences};
pub use steps::{ContentWidth, LetterSpacing, LineHeight};
pub use tools::ToolSettings;

/// Every reading setting. Elder mode is a layer on top of the others: it raises the
/// floors of size and line height and leaves the stored choices alone, so that
/// turning it off gives back exactly what the reader had before.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub font_scale: FontScale,
    pub line_height: LineHeight,
    pub letter_spacing: LetterSpacing,
    pub width: ContentWidth,
    /// `None` until the reader picks one: the scheme then follows the system's wish.
    pub scheme: Option<ColorScheme>,
    /// 纯文本: images and decoration hidden, alt text shown in their place.
    pub text_only: bool,
    /// 拼音: each character of the article with its syllable above it.
    pub pinyin: bool,
    pub elder: bool,
}

/// What a 字号 button shows (`Settings::font_button`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FontButton {
    /// `aria-pressed`: for a preset, whether it is the size in force.
    pub pressed: Option<bool>,
    /// `aria-disabled`: a press would be refused (and says why).
    pub unavailable: bool,
}

/// What `<html>` carries for a set of settings.
#[derive(Debug, PartialEq, Eq)]
pub struct PageStyle {
    /// CSS custom properties and their values.
    pub properties: Vec<(&'static str, String)>,
    /// Data attributes: `Some` sets the value, `None` removes the attribute.
    pub attributes: Vec<(&'static str, Option<String>)>,
}

impl PageStyle {
    /// Whether going to `next` changes the text scale and nothing else: such a change can leave
    /// the blocks out of sight at their size a little longer (the app's `settling.rs`), as
    /// nothing else about them changes.
    pub fn only_text_scale_differs(&self, next: &PageStyle) -> bool {
        fn all_but<'a, T>(list: &'a [(&str, T)], name: &'a str) -> impl Iterator<Item = &'a (&'a str, T)> {
            list.iter().filter(move |(n, _)| *n != name)
        }
        let same_properties =
            all_but(&self.properties, "--cy-text-scale").eq(all_but(&next.properties, "--cy-text-scale"));
        let same_attributes =
            all_but(&self.attributes, "data-font-scale").eq(all_but(&next.attributes, "data-font-scale"));
        self != next && same_properties && same_attributes
    }
}

impl Settings {
    pub const STORAGE_KEY: &'static str = "changyue.settings.v1";

    /// The smallest step allowed: elder mode never goes below its own default (24 px).
    pub fn min_font_scale(self) -> FontScale {
        if self.elder {
            FontScale::default()
        } else {
            FontScale::MIN
        }
    }

    /// The scale in force. The stored choice is kept as it is, so that turning elder
    /// mode off gives back exactly the size the reader had before.
    pub fn effective_font_scale(self) -> FontScale {
        self.font_scale.max(self.min_font_scale())
    }

    /// Whether this scale can be chosen now (steps below elder mode's floor cannot).
    pub fn allows(self, scale: FontScale) -> bool {
        scale >= self.min_font_scale()
    }

    pub fn smaller_font(self) -> Option<FontScale> {
        self.effective_font_scale().smaller().filter(|&s| self.allows(s))
    }

    pub fn larger_font(self) -> Option<FontScale> {
        self.effective_font_scale().larger()
    }

    /// The size a press on a 字号 button chooses, or why it can choose none (said to the
    /// reader instead). The app's buttons and the pre-rendered page's script both follow this.
    pub fn press_font(self, press: FontPress) -> Result<FontScale, &'static str> {
        let floor = if self.elder { text::FONT_AT_ELDER_MIN } else { text::FONT_AT_MIN };
        match press {
            FontPress::Preset(preset) => Some(preset.scale()).filter(|&s| self.allows(s)).ok_or(floor),
            FontPress::Smaller => self.smaller_font().ok_or(floor),
            FontPress::Larger => self.larger_font().ok_or(text::FONT_AT_MAX),
        }
    }

    /// What the reader is told after that press: the size chosen, or why there is none. A
    /// press that chooses the size already stored changes nothing and says nothing: the
    /// pressed preset already shows it, and words would only repeat it.
    pub fn font_press_said(self, press: FontPress) -> Option<String> {
        match self.press_font(press) {
            Ok(scale) if scale == self.font_scale => None,
            Ok(scale) => Some(scale.announcement()),
            Err(why) => Some(why.to_owned()),
        }
    }

    /// What a 字号 button shows: whether its preset is the size in force (presets only), and
    /// whether a press on it would be refused.
    pub fn font_button(self, press: FontPress) -> FontButton {
        let pressed = match press {
            FontPress::Preset(preset) => Some(self.effective_font_scale() == preset.scale()),
            FontPress::Smaller | FontPress::Larger => None,
        };
        FontButton { pressed, unavailable: self.press_font(press).is_err() }
    }

    /// Elder mode keeps lines at least 宽松 apart.
    pub fn min_line_height(self) -> LineHeight {
        if self.elder {
            LineHeight::Relaxed
        } else {
            LineHeight::Compact
        }
    }

    pub fn effective_line_height(self) -> LineHeight {
        self.line_height.max(self.min_line_height())
    }

    pub fn scheme(self, system: SystemPreferences) -> ColorScheme {
        self.scheme.unwrap_or_else(|| ColorScheme::for_system(system))
    }

    pub fn page_style(self, system: SystemPreferences) -> PageStyle {
        let flag = |on: bool| on.then(String::new);
        let scale = self.effective_font_scale();
        PageStyle {
            properties: vec![
                ("--cy-text-scale", scale.css_factor()),
                ("--cy-line-height", self.effective_line_height().css().to_owned()),
                ("--cy-letter-spacing", self.letter_spacing.css().to_owned()),
                ("--cy-measure", self.width.css().to_owned()),
            ],
            attributes: vec![
                ("data-font-scale", Some(scale.percent().to_string())),
                ("data-line-height", Some(self.effective_line_height().id().to_owned())),
                ("data-scheme", Some(self.scheme(system).id().to_owned())),
                ("data-text-only", flag(self.text_only)),
                ("data-pinyin", flag(self.pinyin)),
                ("data-elder", flag(self.elder)),
            ],
        }
    }

    /// Reads what `to_stored` wrote. Each field falls back to its default on its own,
    /// so a corrupt, forged or older stored value never breaks the page.
    /// It is read as the start-up script reads it (`boot.rs`), so that both put the same on the
    /// page: only a JSON object, the last of a repeated key, a number by its value (130.0 is 130).
    pub fn from_stored(stored: &str) -> Settings {
        let raw: StoredSettings = match serde_json::from_str(stored) {
            Ok(serde_json::Value::Object(mut map)) => {
                let whole =
                    map.get("font_scale").and_then(serde_json::Value::as_f64).filter(|f| f.fract() == 0.0);
                if let Some(percent) = whole.filter(|f| (0.0..=f64::from(u16::MAX)).contains(f)) {
                    map.insert("font_scale".to_owned(), (percent as u16).into());
                }
                serde_json::from_value(serde_json::Value::Object(map)).unwrap_or_default()
            }
            _ => StoredSettings::default(),
        };
        fn step<C: Choice>(id: Option<String>) -> C {
            id.and_then(|id| C::from_id(&id)).unwrap_or_default()
        }
        Settings {
            font_scale: raw.font_scale.and_then(FontScale::from_percent).unwrap_or_default(),
            line_height: step(raw.line_height),
            letter_spacing: step(raw.letter_spacing),
            width: step(raw.width),
            scheme: raw.scheme.and_then(|id| ColorScheme::from_id(&id)),
            text_only: raw.text_only.unwrap_or(false),
            pinyin: raw.pinyin.unwrap_or(false),
            elder: raw.elder.unwrap_or(false),
        }
    }

    pub fn to_stored(self) -> String {
        let raw = StoredSettings {
            font_scale: Some(self.font_scale.percent()),
            line_height: Some(self.line_height.id().to_owned()),
            letter_spacing: Some(self.letter_spacing.id().to_owned()),
            width: Some(self.width.id().to_owned()),
            scheme: self.scheme.map(|s| s.id().to_owned()),
            text_only: Some(self.text_only),
            pinyin: Some(self.pinyin),
            elder: Some(self.elder),
        };
        serde_json::to_string(&raw).unwrap_or_default()
    }
}

#[derive(Default, Deserialize, Serialize)]
struct StoredSettings {
    #[serde(default, deserialize_with = "lenient")]
    font_scale: Option<u16>,
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    line_height: Option<String>,
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    letter_spacing: Option<String>,
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    width: Option<String>,
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    scheme: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    text_only: Option<bool>,
    #[serde(default, deserialize_with = "lenient")]
    pinyin: Option<bool>,
    #[serde(default, deserialize_with = "lenient")]
    elder: Option<bool>,
}

/// A field of the wrong type reads as absent instead of failing the whole value.
fn lenient<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    let value = serde_json::Value::deserialize(deserializer)?;
    Ok(serde_json::from_value(value).ok())
}

#[cfg(test)]
mod tests;
