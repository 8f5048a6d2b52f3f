//! 字号: the text size steps and the source page's 大 中 小 presets.

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

/// A press on one of the 字号 group's buttons: a preset, or one step either way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FontPress {
    Preset(FontPreset),
    Smaller,
    Larger,
}

impl FontPress {
    /// The group's buttons in the order it shows them.
    pub const ALL: [FontPress; 5] = [
        FontPress::Preset(FontPreset::Large),
        FontPress::Preset(FontPreset::Medium),
        FontPress::Preset(FontPreset::Small),
        FontPress::Smaller,
        FontPress::Larger,
    ];

    /// What marks the button in the page (`startup::FONT_SIZE_ATTRIBUTE`), so that the settings
    /// script of the pre-rendered page finds it by what it does.
    pub fn id(self) -> &'static str {
        match self {
            FontPress::Preset(FontPreset::Large) => "large",
            FontPress::Preset(FontPreset::Medium) => "medium",
            FontPress::Preset(FontPreset::Small) => "small",
            FontPress::Smaller => "smaller",
            FontPress::Larger => "larger",
        }
    }
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
        fill(text::SETTING_CHANGED, &[("setting", text::FONT_SIZE_GROUP), ("value", &self.label())])
    }
}

impl Default for FontScale {
    fn default() -> FontScale {
        FontPreset::Medium.scale()
    }
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
}
