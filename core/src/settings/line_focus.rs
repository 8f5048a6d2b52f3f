//! 行聚焦: how many lines the line-focus guide leaves clear (the rest of the page is dimmed), as
//! Immersive Reader offers.

use super::Choice;
use crate::text;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum FocusLines {
    One,
    #[default]
    Three,
    Five,
}

impl FocusLines {
    pub fn count(self) -> u8 {
        [1, 3, 5][self as usize]
    }

    /// The next step, round again after the last: one button goes through them.
    pub fn next(self) -> FocusLines {
        Self::ALL[(self as usize + 1) % Self::ALL.len()]
    }
}

impl Choice for FocusLines {
    const NAME: &'static str = text::FOCUS_LINES;
    const ALL: &'static [FocusLines] = &[FocusLines::One, FocusLines::Three, FocusLines::Five];

    fn id(self) -> &'static str {
        ["one", "three", "five"][self as usize]
    }

    fn label(self) -> &'static str {
        text::FOCUS_LINE_STEPS[self as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::choice::check_choice;

    #[test]
    fn one_three_five_and_round_again() {
        check_choice::<FocusLines>();
        assert_eq!(FocusLines::default().count(), 3);
        assert_eq!(FocusLines::Three.next(), FocusLines::Five);
        assert_eq!(FocusLines::Five.next(), FocusLines::One);
        assert_eq!(FocusLines::One.announcement(), "聚焦行数已调整为 1 行");
    }
}
