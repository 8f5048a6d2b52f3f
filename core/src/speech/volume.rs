//! 音量: how loud read-aloud speaks, in four steps, under the 声音 switch.

use crate::settings::Choice;
use crate::text;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum SpeechVolume {
    Quarter,
    Half,
    ThreeQuarters,
    #[default]
    Full,
}

impl SpeechVolume {
    /// The `SpeechSynthesisUtterance.volume` for this step.
    pub fn value(self) -> f32 {
        [0.25, 0.5, 0.75, 1.0][self as usize]
    }

    pub fn quieter(self) -> Option<SpeechVolume> {
        Self::ALL.get((self as usize).checked_sub(1)?).copied()
    }

    pub fn louder(self) -> Option<SpeechVolume> {
        Self::ALL.get(self as usize + 1).copied()
    }
}

impl Choice for SpeechVolume {
    const NAME: &'static str = text::SPEECH_VOLUME;
    const ALL: &'static [SpeechVolume] =
        &[SpeechVolume::Quarter, SpeechVolume::Half, SpeechVolume::ThreeQuarters, SpeechVolume::Full];

    fn id(self) -> &'static str {
        ["quarter", "half", "three-quarters", "full"][self as usize]
    }

    fn label(self) -> &'static str {
        text::SPEECH_VOLUMES[self as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::choice::check_choice;

    #[test]
    fn volumes_go_from_a_quarter_to_full_in_order() {
        check_choice::<SpeechVolume>();
        assert_eq!(SpeechVolume::default().value(), 1.0);
        assert_eq!(SpeechVolume::Quarter.quieter(), None);
        assert_eq!(SpeechVolume::Full.louder(), None);
        assert_eq!(SpeechVolume::Full.quieter(), Some(SpeechVolume::ThreeQuarters));
        assert_eq!(SpeechVolume::Half.announcement(), "音量已调整为 50%");
    }
}
