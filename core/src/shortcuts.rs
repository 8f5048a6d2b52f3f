//! The keyboard shortcuts: always Alt+Shift with a key, never a bare key or Shift+letter
//! (which types capitals, WCAG 2.1.4), never while typing in a field, and all of them off
//! with one switch. Keys are matched by `KeyboardEvent.code`, the physical key, because
//! Alt+Shift changes the character (`!` for 1, special letters on a Mac).

use crate::text;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    ToggleToolbar,
    ReadOrPause,
    StopReading,
    PreviousSentence,
    NextSentence,
    FontLarger,
    FontSmaller,
    ElderMode,
    UndoSetting,
    JumpToBanner,
    JumpToMain,
    JumpToSettings,
    JumpToChannels,
    JumpToContents,
    ShowHelp,
}

pub struct Shortcut {
    /// `KeyboardEvent.code` of the key pressed with Alt+Shift.
    pub code: &'static str,
    /// The key as the help dialog shows it.
    pub key: &'static str,
    pub action: Action,
    pub description: &'static str,
}

const fn shortcut(
    code: &'static str,
    key: &'static str,
    action: Action,
    description: &'static str,
) -> Shortcut {
    Shortcut { code, key, action, description }
}

/// Every shortcut, in the order the help dialog lists them.
pub const SHORTCUTS: &[Shortcut] = &[
    shortcut("KeyA", "A", Action::ToggleToolbar, text::SHORTCUT_TOOLBAR),
    shortcut("KeyR", "R", Action::ReadOrPause, text::SHORTCUT_READ),
    shortcut("KeyS", "S", Action::StopReading, text::SHORTCUT_STOP),
    shortcut("KeyP", "P", Action::PreviousSentence, text::SHORTCUT_PREVIOUS),
    shortcut("KeyN", "N", Action::NextSentence, text::SHORTCUT_NEXT),
    shortcut("Equal", "=", Action::FontLarger, text::SHORTCUT_LARGER),
    shortcut("Minus", "-", Action::FontSmaller, text::SHORTCUT_SMALLER),
    shortcut("KeyE", "E", Action::ElderMode, text::SHORTCUT_ELDER),
    shortcut("KeyZ", "Z", Action::UndoSetting, text::SHORTCUT_UNDO),
    shortcut("Digit1", "1", Action::JumpToBanner, text::SHORTCUT_BANNER),
    shortcut("Digit2", "2", Action::JumpToMain, text::SHORTCUT_MAIN),
    shortcut("Digit3", "3", Action::JumpToSettings, text::SHORTCUT_SETTINGS),
    shortcut("Digit4", "4", Action::JumpToChannels, text::SHORTCUT_CHANNELS),
    shortcut("Digit5", "5", Action::JumpToContents, text::SHORTCUT_CONTENTS),
    shortcut("KeyK", "K", Action::ShowHelp, text::SHORTCUT_HELP),
];

/// A key press as the page saw it.
#[derive(Clone, Copy, Debug, Default)]
pub struct KeyPress<'a> {
    pub code: &'a str,
    pub alt: bool,
    pub shift: bool,
    pub ctrl: bool,
    pub meta: bool,
    /// Focus is in a text field, a select or editable content: keys belong to it.
    pub in_field: bool,
    /// The key is held down and repeating: one press is one action.
    pub repeat: bool,
    /// A modal dialog is open: the page behind it is inert, and no shortcut acts on it.
    pub modal_open: bool,
}

/// The action a key press asks for, if any, with the reader's shortcuts `switched_on` or off.
pub fn action_for(press: KeyPress, switched_on: bool) -> Option<Action> {
    let others = press.ctrl || press.meta || press.in_field || press.repeat || press.modal_open;
    if !(switched_on && press.alt && press.shift) || others {
        return None;
    }
    SHORTCUTS.iter().find(|s| s.code == press.code).map(|s| s.action)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alt_shift(code: &str) -> KeyPress<'_> {
        KeyPress { code, alt: true, shift: true, ..KeyPress::default() }
    }

    #[test]
    fn only_alt_shift_with_a_listed_key_acts() {
        assert_eq!(action_for(alt_shift("KeyR"), true), Some(Action::ReadOrPause));
        assert_eq!(action_for(alt_shift("Digit2"), true), Some(Action::JumpToMain));
        assert_eq!(action_for(alt_shift("KeyX"), true), None);
        for press in [
            KeyPress { code: "KeyR", ..KeyPress::default() },
            KeyPress { code: "KeyR", shift: true, ..KeyPress::default() },
            KeyPress { code: "KeyR", alt: true, ..KeyPress::default() },
            KeyPress { ctrl: true, ..alt_shift("KeyR") },
            KeyPress { meta: true, ..alt_shift("KeyR") },
            KeyPress { in_field: true, ..alt_shift("KeyR") },
        ] {
            assert_eq!(action_for(press, true), None, "{press:?}");
        }
    }

    #[test]
    fn a_held_key_a_modal_dialog_or_shortcuts_switched_off_leave_every_key_alone() {
        for shortcut in SHORTCUTS {
            let press = alt_shift(shortcut.code);
            assert_eq!(action_for(press, true), Some(shortcut.action));
            assert_eq!(
                action_for(KeyPress { repeat: true, ..press }, true),
                None,
                "held: one press, one action"
            );
            assert_eq!(action_for(KeyPress { modal_open: true, ..press }, true), None, "behind a dialog");
            assert_eq!(action_for(press, false), None, "switched off");
        }
    }

    #[test]
    fn each_key_and_action_is_listed_once() {
        for (i, a) in SHORTCUTS.iter().enumerate() {
            for b in &SHORTCUTS[i + 1..] {
                assert_ne!(a.code, b.code);
                assert_ne!(a.action, b.action);
            }
            assert!(!a.description.is_empty());
        }
    }
}
