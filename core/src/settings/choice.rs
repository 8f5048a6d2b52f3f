//! A reading setting that is one choice from a short, fixed list of steps.

/// One of a fixed list of steps. The list's order is the order shown to the reader,
/// from least to most; `id` is what goes into storage and onto `<html>`.
pub trait Choice: Copy + Eq + Default + 'static {
    /// The setting's name, as the reader sees it (行距, 配色, ...).
    const NAME: &'static str;
    const ALL: &'static [Self];

    /// A stable ASCII id: the stored value and the data attribute's value.
    fn id(self) -> &'static str;

    /// The step's name, as the reader sees and hears it.
    fn label(self) -> &'static str;

    /// Only the defined ids exist; anything else (an old or forged stored value) is refused.
    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.id() == id)
    }

    /// What the live region says after the reader picks this step.
    fn announcement(self) -> String {
        crate::text::fill(crate::text::SETTING_CHANGED, &[("setting", Self::NAME), ("value", self.label())])
    }
}

#[cfg(test)]
pub(crate) fn check_choice<C: Choice + std::fmt::Debug>() {
    assert!(C::ALL.len() >= 3, "{}: at least three steps", C::NAME);
    assert!(C::ALL.contains(&C::default()), "{}: the default is a step", C::NAME);
    for &step in C::ALL {
        assert_eq!(C::from_id(step.id()), Some(step), "{}: every step round-trips", C::NAME);
        assert!(step.id().bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{:?}", step);
        assert!(!step.label().is_empty());
        let same_label = C::ALL.iter().filter(|s| s.label() == step.label()).count();
        assert_eq!(same_label, 1, "{}: labels tell the steps apart", C::NAME);
    }
    for junk in ["", "DEFAULT", " default", "9", "__proto__"] {
        assert_eq!(C::from_id(junk), None, "{}: {junk:?} is refused", C::NAME);
    }
}
