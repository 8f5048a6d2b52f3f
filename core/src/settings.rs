//! The reader's settings: one plain value with its steps, bounds and defaults.
//! The app turns it into CSS custom properties and data attributes on `<html>`
//! and keeps it in localStorage as JSON.

use serde::{Deserialize, Serialize};

use crate::text::{self, fill};

/// Text size as a percentage of the default body size (1.25rem, 20 px in most browsers,
/// so the reader's own browser font setting still scales everything).
/// 70% is 14 px; 320% is 64 px, past the 300% asked of us.
const STEPS: [u16; 14] = [70, 80, 90, 100, 110, 120, 130, 140, 160, 180, 200, 240, 280, 320];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct FontScale(u16);

/// The three presets of the source page's 字号 line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FontPreset {
    Large,
    Medium,
    Small,
}

impl FontPreset {
    pub const ALL: [FontPreset; 3] = [FontPreset::Large, FontPreset::Medium, FontPreset::Small];

    pub fn scale(self) -> FontScale {
        FontScale(match self {
            FontPreset::Small => 80,
            FontPreset::Medium => 100,
            FontPreset::Large => 130,
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            FontPreset::Small => text::PRESET_SMALL,
            FontPreset::Medium => text::PRESET_MEDIUM,
            FontPreset::Large => text::PRESET_LARGE,
        }
    }
}

impl FontScale {
    pub const MIN: FontScale = FontScale(STEPS[0]);
    pub const MAX: FontScale = FontScale(STEPS[STEPS.len() - 1]);

    /// Only the defined steps exist; anything else (an old or forged stored value) is refused.
    pub fn from_percent(percent: u16) -> Option<FontScale> {
        STEPS.contains(&percent).then_some(FontScale(percent))
    }

    pub fn percent(self) -> u16 {
        self.0
    }

    /// The value of the `--cy-text-scale` custom property.
    pub fn css_factor(self) -> String {
        format!("{}.{:02}", self.0 / 100, self.0 % 100)
    }

    /// The next step up, or `None` at the largest.
    pub fn larger(self) -> Option<FontScale> {
        STEPS.iter().copied().find(|&s| s > self.0).map(FontScale)
    }

    /// The next step down, or `None` at the smallest.
    pub fn smaller(self) -> Option<FontScale> {
        STEPS.iter().rev().copied().find(|&s| s < self.0).map(FontScale)
    }

    pub fn preset(self) -> Option<FontPreset> {
        FontPreset::ALL.into_iter().find(|p| p.scale() == self)
    }

    /// What the reader hears and sees: the preset's name where there is one, else the percentage.
    pub fn label(self) -> String {
        match self.preset() {
            Some(p) => p.label().to_owned(),
            None => format!("{}%", self.0),
        }
    }

    pub fn announcement(self) -> String {
        fill(text::FONT_CHANGED, &[("size", &self.label())])
    }
}

impl Default for FontScale {
    fn default() -> FontScale {
        FontPreset::Medium.scale()
    }
}

/// Every reading setting. Elder mode is a separate switch on top of the others,
/// so turning it off gives back exactly what the reader had before.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub font_scale: FontScale,
    pub elder: bool,
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

    /// Reads what `to_stored` wrote. Each field falls back to its default on its own,
    /// so a corrupt, forged or older stored value never breaks the page.
    pub fn from_stored(stored: &str) -> Settings {
        let raw: StoredSettings = serde_json::from_str(stored).unwrap_or_default();
        Settings {
            font_scale: raw.font_scale.and_then(FontScale::from_percent).unwrap_or_default(),
            elder: raw.elder.unwrap_or(false),
        }
    }

    pub fn to_stored(self) -> String {
        let raw = StoredSettings { font_scale: Some(self.font_scale.percent()), elder: Some(self.elder) };
        serde_json::to_string(&raw).unwrap_or_default()
    }
}

#[derive(Default, Deserialize, Serialize)]
struct StoredSettings {
    #[serde(default, deserialize_with = "lenient")]
    font_scale: Option<u16>,
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
mod tests {
    use super::*;

    #[test]
    fn every_step_is_reachable_both_ways_and_stops_at_the_bounds() {
        let mut up = vec![FontScale::MIN];
        while let Some(next) = up.last().unwrap().larger() {
            up.push(next);
        }
        assert_eq!(up.iter().map(|s| s.percent()).collect::<Vec<_>>(), STEPS);
        let mut down = vec![FontScale::MAX];
        while let Some(next) = down.last().unwrap().smaller() {
            down.push(next);
        }
        down.reverse();
        assert_eq!(up, down);
        assert_eq!(FontScale::MAX.larger(), None);
        assert_eq!(FontScale::MIN.smaller(), None);
    }

    #[test]
    fn the_range_covers_14_px_to_past_three_times_the_default() {
        assert_eq!(FontScale::MIN.percent() * 20 / 100, 14);
        assert!(FontScale::MAX.percent() >= 300);
        assert_eq!(FontScale::default().percent(), 100);
    }

    #[test]
    fn presets_are_steps_and_are_named() {
        for preset in FontPreset::ALL {
            assert_eq!(FontScale::from_percent(preset.scale().percent()), Some(preset.scale()));
            assert_eq!(preset.scale().preset(), Some(preset));
        }
        assert_eq!(FontPreset::Large.scale().announcement(), "字号已调整为 大");
        assert_eq!(FontScale::from_percent(160).unwrap().announcement(), "字号已调整为 160%");
        assert!(FontPreset::Small.scale().percent() < 100 && FontPreset::Large.scale().percent() > 100);
    }

    #[test]
    fn css_factor_is_a_plain_decimal() {
        assert_eq!(FontScale::from_percent(70).unwrap().css_factor(), "0.70");
        assert_eq!(FontScale::from_percent(320).unwrap().css_factor(), "3.20");
    }

    #[test]
    fn elder_mode_has_a_floor_and_gives_the_previous_size_back() {
        let small = Settings { font_scale: FontPreset::Small.scale(), elder: false };
        assert_eq!(small.effective_font_scale(), FontPreset::Small.scale());
        assert_eq!(small.smaller_font().map(FontScale::percent), Some(70));
        let elder = Settings { elder: true, ..small };
        assert_eq!(elder.effective_font_scale(), FontScale::default());
        assert_eq!(elder.smaller_font(), None);
        assert!(!elder.allows(FontPreset::Small.scale()));
        assert!(elder.allows(FontPreset::Large.scale()));
        assert_eq!(elder.larger_font().map(FontScale::percent), Some(110));
        assert_eq!(Settings { elder: false, ..elder }, small);
    }

    #[test]
    fn stored_settings_round_trip() {
        let s = Settings { font_scale: FontPreset::Large.scale(), elder: true };
        assert_eq!(Settings::from_stored(&s.to_stored()), s);
    }

    #[test]
    fn corrupt_or_forged_storage_falls_back_field_by_field() {
        for junk in ["", "null", "[]", "{", "\"big\"", "{\"font_scale\": 9999}", "{\"font_scale\": -1}"] {
            assert_eq!(Settings::from_stored(junk), Settings::default(), "{junk}");
        }
        let half = Settings::from_stored(r#"{"font_scale": "huge", "elder": true, "future": 1}"#);
        assert_eq!(half, Settings { font_scale: FontScale::default(), elder: true });
    }
}
