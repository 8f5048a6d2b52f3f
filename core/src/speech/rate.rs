//! 语速: the speaking rates offered, 0.5x to 2x (the range of Chrome's and Firefox's readers).

use crate::settings::Choice;
use crate::text;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum SpeechRate {
    Slowest,
    Slower,
    #[default]
    Normal,
    Fast,
    Faster,
    VeryFast,
    Fastest,
}

impl SpeechRate {
    /// The `SpeechSynthesisUtterance.rate` for this step.
    pub fn value(self) -> f32 {
        [0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0][self as usize]
    }

    pub fn slower(self) -> Option<SpeechRate> {
        Self::ALL.get((self as usize).checked_sub(1)?).copied()
    }

    pub fn faster(self) -> Option<SpeechRate> {
        Self::ALL.get(self as usize + 1).copied()
    }
}

impl Choice for SpeechRate {
    const NAME: &'static str = text::SPEECH_RATE;
    const ALL: &'static [SpeechRate] = &[
        SpeechRate::Slowest,
        SpeechRate::Slower,
        SpeechRate::Normal,
        SpeechRate::Fast,
        SpeechRate::Faster,
        SpeechRate::VeryFast,
        SpeechRate::Fastest,
    ];

    fn id(self) -> &'static str {
        ["slowest", "slower", "normal", "fast", "faster", "very-fast", "fastest"][self as usize]
    }

    fn label(self) -> &'static str {
        text::SPEECH_RATES[self as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::choice::check_choice;

    #[test]
    fn rates_go_from_half_to_double_in_order() {
        check_choice::<SpeechRate>();
        let values: Vec<f32> = SpeechRate::ALL.iter().map(|r| r.value()).collect();
        assert_eq!(values.first(), Some(&0.5));
        assert_eq!(values.last(), Some(&2.0));
        assert!(values.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(SpeechRate::default().value(), 1.0);
        assert_eq!(SpeechRate::Slowest.slower(), None);
        assert_eq!(SpeechRate::Fastest.faster(), None);
        assert_eq!(SpeechRate::Normal.faster(), Some(SpeechRate::Fast));
        assert_eq!(SpeechRate::Fast.announcement(), "语速已调整为 1.25 倍");
        assert_eq!(SpeechRate::Slowest.announcement(), "语速已调整为 0.5 倍");
    }
}
