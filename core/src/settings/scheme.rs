//! 配色: the gov.cn barrier-free toolbar's colour schemes plus a dark one. The colours
//! themselves are in the stylesheet, keyed by `id`; the tests measure them in a browser.

use super::choice::Choice;
use crate::text;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColorScheme {
    #[default]
    Default,
    HighContrast,
    Dark,
    YellowOnBlack,
    BlackOnYellow,
    YellowOnBlue,
}

impl Choice for ColorScheme {
    const NAME: &'static str = text::COLOR_SCHEME;
    const ALL: &'static [ColorScheme] = &[
        ColorScheme::Default,
        ColorScheme::HighContrast,
        ColorScheme::Dark,
        ColorScheme::YellowOnBlack,
        ColorScheme::BlackOnYellow,
        ColorScheme::YellowOnBlue,
    ];

    fn id(self) -> &'static str {
        match self {
            ColorScheme::Default => "default",
            ColorScheme::HighContrast => "high-contrast",
            ColorScheme::Dark => "dark",
            ColorScheme::YellowOnBlack => "yellow-on-black",
            ColorScheme::BlackOnYellow => "black-on-yellow",
            ColorScheme::YellowOnBlue => "yellow-on-blue",
        }
    }

    fn label(self) -> &'static str {
        match self {
            ColorScheme::Default => text::SCHEME_DEFAULT,
            ColorScheme::HighContrast => text::SCHEME_HIGH_CONTRAST,
            ColorScheme::Dark => text::SCHEME_DARK,
            ColorScheme::YellowOnBlack => text::SCHEME_YELLOW_ON_BLACK,
            ColorScheme::BlackOnYellow => text::SCHEME_BLACK_ON_YELLOW,
            ColorScheme::YellowOnBlue => text::SCHEME_YELLOW_ON_BLUE,
        }
    }
}

/// What the reader has told their own browser or system (`prefers-*` media queries).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SystemPreferences {
    pub dark: bool,
    pub more_contrast: bool,
}

impl SystemPreferences {
    /// The media queries that tell them (the app and the start-up script ask the same).
    pub const DARK_QUERY: &'static str = "(prefers-color-scheme: dark)";
    pub const MORE_CONTRAST_QUERY: &'static str = "(prefers-contrast: more)";
}

impl ColorScheme {
    /// The scheme a reader starts in until they pick one: the system's wish, kept.
    /// Asking for more contrast wins; with dark as well it is yellow on black,
    /// the high-contrast dark scheme of the gov.cn toolbar.
    pub fn for_system(system: SystemPreferences) -> ColorScheme {
        match (system.more_contrast, system.dark) {
            (true, true) => ColorScheme::YellowOnBlack,
            (true, false) => ColorScheme::HighContrast,
            (false, true) => ColorScheme::Dark,
            (false, false) => ColorScheme::Default,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::choice::check_choice;

    #[test]
    fn the_schemes_are_a_proper_choice_with_the_toolbar_set_and_dark() {
        check_choice::<ColorScheme>();
        let labels: Vec<_> = ColorScheme::ALL.iter().map(|s| s.label()).collect();
        for wanted in ["默认", "夜间", "黑底黄字", "黄底黑字", "蓝底黄字"] {
            assert!(labels.iter().any(|l| l.contains(wanted)), "{wanted}");
        }
        assert!(ColorScheme::HighContrast.label().contains("白底黑字"));
    }

    #[test]
    fn the_system_wish_chooses_the_first_scheme() {
        let with = |dark, more_contrast| ColorScheme::for_system(SystemPreferences { dark, more_contrast });
        assert_eq!(with(false, false), ColorScheme::Default);
        assert_eq!(with(true, false), ColorScheme::Dark);
        assert_eq!(with(false, true), ColorScheme::HighContrast);
        assert_eq!(with(true, true), ColorScheme::YellowOnBlack);
    }
}
