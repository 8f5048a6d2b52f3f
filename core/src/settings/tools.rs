//! The 无障碍 toolbar's own settings: whether it is open, read-aloud's rate and voice, and
//! the reading guides. Kept apart from `Settings` (which 恢复默认 resets, and which is `Copy`),
//! stored under their own key and, like them, read field by field.

use serde::{Deserialize, Serialize};

use super::{lenient, Choice, FocusLines};
use crate::speech::{SpeechRate, SpeechVolume};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToolSettings {
    /// The toolbar stays open across pages and visits until the reader closes it.
    pub open: bool,
    pub rate: SpeechRate,
    pub volume: SpeechVolume,
    /// 声音: off, read-aloud goes on silently (the sentence still marked as it is reached).
    pub sound: bool,
    /// The chosen voice's `voiceURI`; `None` lets the browser pick for the article's language.
    pub voice: Option<String>,
    /// 指读: speak what the pointer rests on or what takes keyboard focus.
    pub point_read: bool,
    /// 阅读尺: a band across the page at the pointer or focus, the rest dimmed.
    pub ruler: bool,
    /// 行聚焦: a band of this many lines across the middle of the window, the rest dimmed.
    pub line_focus: bool,
    pub focus_lines: FocusLines,
    /// 十字线: guide lines through the pointer or focus.
    pub crosshair: bool,
    pub large_cursor: bool,
    /// 大字幕: the text under the pointer or focus, very large, in a bar at the bottom.
    pub captions: bool,
    /// The Alt+Shift shortcuts; on unless the reader turns them off.
    pub shortcuts: bool,
}

impl Default for ToolSettings {
    fn default() -> ToolSettings {
        ToolSettings {
            open: false,
            rate: SpeechRate::default(),
            volume: SpeechVolume::default(),
            sound: true,
            voice: None,
            point_read: false,
            ruler: false,
            line_focus: false,
            focus_lines: FocusLines::default(),
            crosshair: false,
            large_cursor: false,
            captions: false,
            shortcuts: true,
        }
    }
}

/// Longer than any real `voiceURI`; a longer stored value is forged and ignored.
const MAX_VOICE_LEN: usize = 200;

impl ToolSettings {
    pub const STORAGE_KEY: &'static str = "changyue.tools.v1";

    /// The data attributes on `<html>` that CSS draws the guides from.
    pub fn page_attributes(&self) -> [(&'static str, bool); 4] {
        [
            ("data-ruler", self.ruler),
            ("data-crosshair", self.crosshair),
            ("data-large-cursor", self.large_cursor),
            ("data-captions", self.captions),
        ]
    }

    /// `data-line-focus` on `<html>`: the lines left clear, while 行聚焦 is on.
    pub fn line_focus_attribute(&self) -> Option<&'static str> {
        self.line_focus.then(|| self.focus_lines.id())
    }

    /// The volume read-aloud speaks at: none with 声音 off.
    pub fn speech_volume(&self) -> f32 {
        if self.sound {
            self.volume.value()
        } else {
            0.0
        }
    }

    pub fn from_stored(stored: &str) -> ToolSettings {
        // Only an object, as `to_stored` writes and the settings script reads (serde would
        // also fill the fields from an array, in order).
        let raw: StoredTools = serde_json::from_str::<serde_json::Value>(stored)
            .ok()
            .filter(serde_json::Value::is_object)
            .and_then(|value| serde_json::from_value(value).ok())
            .unwrap_or_default();
        let default = ToolSettings::default();
        ToolSettings {
            open: raw.open.unwrap_or(default.open),
            rate: raw.rate.and_then(|id| SpeechRate::from_id(&id)).unwrap_or_default(),
            volume: raw.volume.and_then(|id| SpeechVolume::from_id(&id)).unwrap_or_default(),
            sound: raw.sound.unwrap_or(default.sound),
            voice: raw.voice.filter(|v| !v.is_empty() && v.len() <= MAX_VOICE_LEN),
            point_read: raw.point_read.unwrap_or(default.point_read),
            ruler: raw.ruler.unwrap_or(default.ruler),
            line_focus: raw.line_focus.unwrap_or(default.line_focus),
            focus_lines: raw.focus_lines.and_then(|id| FocusLines::from_id(&id)).unwrap_or_default(),
            crosshair: raw.crosshair.unwrap_or(default.crosshair),
            large_cursor: raw.large_cursor.unwrap_or(default.large_cursor),
            captions: raw.captions.unwrap_or(default.captions),
            shortcuts: raw.shortcuts.unwrap_or(default.shortcuts),
        }
    }

    pub fn to_stored(&self) -> String {
        let raw = StoredTools {
            open: Some(self.open),
            rate: Some(self.rate.id().to_owned()),
            volume: Some(self.volume.id().to_owned()),
            sound: Some(self.sound),
            voice: self.voice.clone(),
            point_read: Some(self.point_read),
            ruler: Some(self.ruler),
            line_focus: Some(self.line_focus),
            focus_lines: Some(self.focus_lines.id().to_owned()),
            crosshair: Some(self.crosshair),
            large_cursor: Some(self.large_cursor),
            captions: Some(self.captions),
            shortcuts: Some(self.shortcuts),
        };
        serde_json::to_string(&raw).unwrap_or_default()
    }
}

#[derive(Default, Deserialize, Serialize)]
struct StoredTools {
    #[serde(default, deserialize_with = "lenient")]
    open: Option<bool>,
    #[serde(default, deserialize_with = "lenient")]
    rate: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    volume: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    sound: Option<bool>,
    #[serde(default, deserialize_with = "lenient", skip_serializing_if = "Option::is_none")]
    voice: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    point_read: Option<bool>,
    #[serde(default, deserialize_with = "lenient")]
    ruler: Option<bool>,
    #[serde(default, deserialize_with = "lenient")]
    line_focus: Option<bool>,
    #[serde(default, deserialize_with = "lenient")]
    focus_lines: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    crosshair: Option<bool>,
    #[serde(default, deserialize_with = "lenient")]
    large_cursor: Option<bool>,
    #[serde(default, deserialize_with = "lenient")]
    captions: Option<bool>,
    #[serde(default, deserialize_with = "lenient")]
    shortcuts: Option<bool>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_round_trips_through_storage() {
        let all = ToolSettings {
            open: true,
            rate: SpeechRate::Fastest,
            volume: SpeechVolume::Quarter,
            sound: false,
            voice: Some("Microsoft Xiaoxiao Online (Natural) - Chinese (Mainland)".into()),
            point_read: true,
            ruler: true,
            line_focus: true,
            focus_lines: FocusLines::Five,
            crosshair: true,
            large_cursor: true,
            captions: true,
            shortcuts: false,
        };
        assert_eq!(all.speech_volume(), 0.0, "声音 off is silent at any volume");
        assert_eq!(all.line_focus_attribute(), Some("five"));
        assert_eq!(ToolSettings::from_stored(&all.to_stored()), all);
        let default = ToolSettings::default();
        assert_eq!(ToolSettings::from_stored(&default.to_stored()), default);
        assert!(default.shortcuts, "shortcuts are on until turned off");
        assert!(default.page_attributes().iter().all(|(_, on)| !on));
        assert_eq!(default.line_focus_attribute(), None);
        assert_eq!(default.speech_volume(), 1.0);
    }

    #[test]
    fn corrupt_or_forged_values_read_field_by_field() {
        for junk in ["", "null", "[]", "{", "\"x\""] {
            assert_eq!(ToolSettings::from_stored(junk), ToolSettings::default(), "{junk:?}");
        }
        let long = "v".repeat(MAX_VOICE_LEN + 1);
        let forged = format!(r#"{{"open":"yes","rate":"warp","voice":"{long}","ruler":true,"shortcuts":0}}"#);
        let read = ToolSettings::from_stored(&forged);
        assert_eq!(read, ToolSettings { ruler: true, ..ToolSettings::default() });
    }
}
