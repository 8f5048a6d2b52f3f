//! 撤销: the settings as they were before each change, so that the last changes can be taken
//! back one by one (the MIIT 适老化 rules ask for it), and what an undo gave back, in words.

use super::{Choice, Settings, SystemPreferences};
use crate::text;

/// The settings before each change, the newest last. Kept for the visit only.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SettingsHistory {
    earlier: Vec<Settings>,
}

impl SettingsHistory {
    /// Changes remembered; older ones are forgotten first.
    pub const LIMIT: usize = 20;

    /// Remembers the settings a change has just left.
    pub fn record(&mut self, before: Settings) {
        if self.earlier.len() == Self::LIMIT {
            self.earlier.remove(0);
        }
        self.earlier.push(before);
    }

    /// The settings before the last change not yet undone.
    pub fn undo(&mut self) -> Option<Settings> {
        self.earlier.pop()
    }

    pub fn can_undo(&self) -> bool {
        !self.earlier.is_empty()
    }
}

impl Settings {
    /// What going from `self` to `to` changes on the page, one announcement per setting, with
    /// 长者模式 first (it moves the floors of the others).
    pub fn changes_to(self, to: Settings, system: SystemPreferences) -> Vec<String> {
        let switch =
            |on: bool, (on_text, off_text): (&str, &str)| if on { on_text } else { off_text }.to_owned();
        let mut changes = Vec::new();
        if self.elder != to.elder {
            changes.push(switch(to.elder, (text::ELDER_ON, text::ELDER_OFF)));
        }
        if self.effective_font_scale() != to.effective_font_scale() {
            changes.push(to.effective_font_scale().announcement());
        }
        if self.effective_line_height() != to.effective_line_height() {
            changes.push(to.effective_line_height().announcement());
        }
        if self.letter_spacing != to.letter_spacing {
            changes.push(to.letter_spacing.announcement());
        }
        if self.width != to.width {
            changes.push(to.width.announcement());
        }
        if self.scheme(system) != to.scheme(system) {
            changes.push(to.scheme(system).announcement());
        }
        if self.text_only != to.text_only {
            changes.push(switch(to.text_only, (text::TEXT_ONLY_ON, text::TEXT_ONLY_OFF)));
        }
        if self.pinyin != to.pinyin {
            changes.push(switch(to.pinyin, (text::PINYIN_ON, text::PINYIN_OFF)));
        }
        changes
    }

    /// What an undo from `self` back to `earlier` says.
    pub fn undo_announcement(self, earlier: Settings, system: SystemPreferences) -> String {
        let changes = self.changes_to(earlier, system);
        if changes.is_empty() {
            text::UNDO_DONE_UNSEEN.to_owned()
        } else {
            text::fill(text::UNDO_DONE, &[("changes", &changes.join("，"))])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::{ColorScheme, FontPreset};

    #[test]
    fn undo_gives_back_the_changes_newest_first() {
        let mut history = SettingsHistory::default();
        assert!(!history.can_undo());
        let first = Settings::default();
        let second = Settings { font_scale: FontPreset::Large.scale(), ..first };
        history.record(first);
        history.record(second);
        assert!(history.can_undo());
        assert_eq!(history.undo(), Some(second));
        assert_eq!(history.undo(), Some(first));
        assert_eq!(history.undo(), None);
        assert!(!history.can_undo());
    }

    #[test]
    fn the_oldest_change_is_forgotten_past_the_limit() {
        let mut history = SettingsHistory::default();
        for step in 0..=SettingsHistory::LIMIT {
            history.record(Settings { text_only: step == 0, ..Settings::default() });
        }
        let mut undone = 0;
        while let Some(settings) = history.undo() {
            assert!(!settings.text_only, "the first change was forgotten");
            undone += 1;
        }
        assert_eq!(undone, SettingsHistory::LIMIT);
    }

    #[test]
    fn an_undo_says_what_came_back() {
        let system = SystemPreferences::default();
        let before = Settings::default();
        let larger = Settings { font_scale: FontPreset::Large.scale(), ..before };
        assert_eq!(larger.undo_announcement(before, system), "已撤销：字号已调整为 中");
        let elder = Settings { elder: true, ..before };
        assert_eq!(elder.undo_announcement(before, system), "已撤销：长者模式已关闭，行距已调整为 标准");
        let dark = Settings { scheme: Some(ColorScheme::Dark), text_only: true, ..before };
        assert_eq!(dark.undo_announcement(before, system), "已撤销：配色已调整为 默认，纯文本模式已关闭");
    }

    #[test]
    fn an_undo_of_nothing_visible_still_says_it_was_undone() {
        // Under 长者模式 a smaller stored size does not show; undoing its change shows nothing.
        let elder = Settings { elder: true, ..Settings::default() };
        let stored_small = Settings { font_scale: FontPreset::Small.scale(), ..elder };
        assert_eq!(
            stored_small.undo_announcement(elder, SystemPreferences::default()),
            "已撤销上一次设置更改"
        );
    }
}
