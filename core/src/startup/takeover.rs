//! Finding a control of the pre-rendered copy again in the app when it takes over
//! (src/adapters/takeover.rs): by what it is (a key such as its tag, label and the part of the
//! page it is in) and which of its like it is, counted in page order; by its place among all
//! controls only when the app has nothing like it. The place alone is not enough: the copy and
//! the app can differ in their controls (the copy carries the 无障碍 toolbar hidden for a reader
//! who has not opened it, and the app then has none), and every control after the difference
//! stands at another place.

/// Where a control stands among a page's controls, each given by its key, in page order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ControlPlace<K> {
    key: K,
    /// How many controls with the same key come before it.
    nth: usize,
    /// Its place among all the controls.
    position: usize,
}

impl<K: PartialEq + Clone> ControlPlace<K> {
    /// The place of the control at `position` among `keys`; `None` past their end.
    pub fn of(keys: &[K], position: usize) -> Option<Self> {
        let key = keys.get(position)?.clone();
        let nth = keys[..position].iter().filter(|k| **k == key).count();
        Some(ControlPlace { key, nth, position })
    }

    /// The same control among `keys` (another page's), or the one at its place if there is
    /// nothing like it: where focus goes, so that nobody is sent back to the top.
    pub fn found_in(&self, keys: &[K]) -> Option<usize> {
        self.same_in(keys).or((self.position < keys.len()).then_some(self.position))
    }

    /// The same control among `keys`, never one that merely stands at its place: a press is
    /// repeated only on what the reader pressed.
    pub fn same_in(&self, keys: &[K]) -> Option<usize> {
        keys.iter().enumerate().filter(|(_, k)| **k == self.key).nth(self.nth).map(|(i, _)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The copy: the banner's controls, the hidden toolbar's three switches, then the article's.
    const COPY: [&str; 8] = ["大", "中", "小", "switch", "switch", "switch", "目录", "大"];
    /// The app for a reader who has not opened the toolbar: no toolbar switches.
    const APP: [&str; 5] = ["大", "中", "小", "目录", "大"];

    #[test]
    fn a_control_after_a_difference_is_found_by_what_it_is_not_by_its_place() {
        let contents = ControlPlace::of(&COPY, 6).unwrap();
        assert_eq!(contents.found_in(&APP), Some(3));
        // The second 大 (the quick bar's, say) is the second 大 in the app too, not the first.
        let second = ControlPlace::of(&COPY, 7).unwrap();
        assert_eq!(second.found_in(&APP), Some(4));
        assert_eq!(second.same_in(&APP), Some(4));
        assert_eq!(ControlPlace::of(&COPY, 0).unwrap().same_in(&APP), Some(0));
    }

    #[test]
    fn a_control_the_app_has_nothing_like_is_replaced_by_its_place_for_focus_and_never_pressed() {
        let switch = ControlPlace::of(&COPY, 4).unwrap();
        assert_eq!(switch.found_in(&APP), Some(4), "focus goes to what stands at its place");
        assert_eq!(switch.same_in(&APP), None, "a press is not repeated on another control");
        let last = ControlPlace::of(&COPY, 7).unwrap();
        assert_eq!(last.found_in(&APP[..2]), None, "nothing at its place either");
        assert_eq!(ControlPlace::of(&COPY, 8), None);
    }
}
