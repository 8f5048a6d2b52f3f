//! Line height, letter spacing and content width: short lists of steps, each with
//! the CSS value it becomes. Colour schemes are in `scheme.rs`.

use super::choice::Choice;
use crate::text;

/// Defines a `Choice` enum whose steps each carry a CSS value.
macro_rules! css_choice {
    (
        $(#[$meta:meta])*
        $name:ident, $setting:expr, default $default:ident,
        [$($variant:ident => ($id:literal, $label:expr, $css:literal)),+ $(,)?]
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
        pub enum $name {
            $($variant,)+
        }

        impl $name {
            /// The value of this step's CSS custom property.
            pub fn css(self) -> &'static str {
                match self {
                    $($name::$variant => $css,)+
                }
            }
        }

        impl Default for $name {
            fn default() -> $name {
                $name::$default
            }
        }

        impl Choice for $name {
            const NAME: &'static str = $setting;
            const ALL: &'static [$name] = &[$($name::$variant),+];

            fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }

            fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label,)+
                }
            }
        }
    };
}

css_choice!(
    /// 行距. Unitless, so it scales with the text. 1.5 is WCAG 1.4.12's figure; elder mode
    /// never goes below `Relaxed`.
    LineHeight, text::LINE_HEIGHT, default Standard,
    [
        Compact => ("compact", text::STEP_COMPACT, "1.5"),
        Standard => ("standard", text::STEP_STANDARD, "1.8"),
        Relaxed => ("relaxed", text::STEP_RELAXED, "2"),
        ExtraWide => ("extra-wide", text::STEP_EXTRA_WIDE, "2.4"),
    ]
);

css_choice!(
    /// 字间距, in em so it scales with the text. 0.12em is WCAG 1.4.12's figure.
    LetterSpacing, text::LETTER_SPACING, default Standard,
    [
        Standard => ("standard", text::STEP_STANDARD, "0em"),
        Slight => ("slight", text::STEP_SLIGHTLY_WIDE, "0.06em"),
        Wide => ("wide", text::STEP_WIDE, "0.12em"),
        ExtraWide => ("extra-wide", text::STEP_EXTRA_WIDE, "0.2em"),
    ]
);

css_choice!(
    /// 版面宽度: the longest line of the article, in characters of its own size.
    ContentWidth, text::CONTENT_WIDTH, default Medium,
    [
        Narrow => ("narrow", text::STEP_NARROW, "26em"),
        Medium => ("medium", text::STEP_MEDIUM, "36em"),
        Wide => ("wide", text::STEP_WIDE, "48em"),
    ]
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::choice::check_choice;

    #[test]
    fn every_list_is_a_proper_choice() {
        check_choice::<LineHeight>();
        check_choice::<LetterSpacing>();
        check_choice::<ContentWidth>();
    }

    #[test]
    fn steps_grow_in_the_order_shown() {
        fn numbers<C: Choice>(css: fn(C) -> &'static str) -> Vec<f32> {
            C::ALL.iter().map(|&c| css(c).trim_end_matches("em").parse().unwrap()).collect()
        }
        for list in [numbers(LineHeight::css), numbers(LetterSpacing::css), numbers(ContentWidth::css)] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn the_wcag_spacing_figures_are_within_reach() {
        assert!(LineHeight::ALL.iter().any(|l| l.css().parse::<f32>().unwrap() <= 1.5));
        assert!(LetterSpacing::ALL.iter().any(|l| l.css() == "0.12em"));
        assert_eq!(LineHeight::default().css(), "1.8");
    }

    #[test]
    fn announcements_name_the_setting_and_the_step() {
        assert_eq!(LineHeight::Relaxed.announcement(), "行距已调整为 宽松");
        assert_eq!(ContentWidth::Narrow.announcement(), "版面宽度已调整为 窄");
    }
}
