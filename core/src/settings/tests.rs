use super::*;

fn all_changed() -> Settings {
    Settings {
        font_scale: FontPreset::Small.scale(),
        line_height: LineHeight::Compact,
        letter_spacing: LetterSpacing::Wide,
        width: ContentWidth::Narrow,
        scheme: Some(ColorScheme::YellowOnBlue),
        text_only: true,
        pinyin: true,
        elder: false,
    }
}

#[test]
fn elder_mode_has_floors_and_gives_the_previous_settings_back() {
    let before = all_changed();
    assert_eq!(before.effective_font_scale(), FontPreset::Small.scale());
    assert_eq!(before.smaller_font().map(FontScale::percent), Some(70));
    let elder = Settings { elder: true, ..before };
    assert_eq!(elder.effective_font_scale(), FontScale::default());
    assert_eq!(elder.effective_line_height(), LineHeight::Relaxed);
    assert_eq!(elder.smaller_font(), None);
    assert!(!elder.allows(FontPreset::Small.scale()));
    assert!(elder.allows(FontPreset::Large.scale()));
    assert_eq!(elder.larger_font().map(FontScale::percent), Some(110));
    // A larger choice than the floor is kept as it is.
    let extra_wide = Settings { line_height: LineHeight::ExtraWide, ..elder };
    assert_eq!(extra_wide.effective_line_height(), LineHeight::ExtraWide);
    assert_eq!(Settings { elder: false, ..elder }, before);
}

#[test]
fn the_page_style_carries_every_setting() {
    let style = Settings { elder: true, ..all_changed() }.page_style(SystemPreferences::default());
    let property = |name| style.properties.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str());
    let attribute = |name| style.attributes.iter().find(|(n, _)| *n == name).and_then(|(_, v)| v.clone());
    assert_eq!(property("--cy-text-scale"), Some("1.00"));
    assert_eq!(property("--cy-line-height"), Some("2"));
    assert_eq!(property("--cy-letter-spacing"), Some("0.12em"));
    assert_eq!(property("--cy-measure"), Some("26em"));
    assert_eq!(attribute("data-font-scale").as_deref(), Some("100"));
    assert_eq!(attribute("data-scheme").as_deref(), Some("yellow-on-blue"));
    assert_eq!(attribute("data-text-only").as_deref(), Some(""));
    assert_eq!(attribute("data-elder").as_deref(), Some(""));

    let plain = Settings::default().page_style(SystemPreferences::default());
    assert!(plain.attributes.contains(&("data-elder", None)));
    assert!(plain.attributes.contains(&("data-text-only", None)));
    assert_eq!(plain.properties.len(), style.properties.len());
}

#[test]
fn an_unchosen_scheme_follows_the_system_and_a_chosen_one_stays() {
    let dark = SystemPreferences { dark: true, more_contrast: false };
    assert_eq!(Settings::default().scheme(dark), ColorScheme::Dark);
    assert_eq!(Settings::default().scheme(SystemPreferences::default()), ColorScheme::Default);
    let chosen = Settings { scheme: Some(ColorScheme::Default), ..Settings::default() };
    assert_eq!(chosen.scheme(dark), ColorScheme::Default);
}

#[test]
fn reset_is_the_default_and_the_default_is_the_plain_page() {
    let reset = Settings::default();
    assert_eq!(reset.font_scale.percent(), 100);
    assert_eq!(reset.line_height, LineHeight::Standard);
    assert_eq!(reset.letter_spacing, LetterSpacing::Standard);
    assert_eq!(reset.width, ContentWidth::Medium);
    assert_eq!(reset.scheme, None);
    assert!(!reset.text_only && !reset.elder);
}

#[test]
fn stored_settings_round_trip() {
    for s in [Settings::default(), all_changed(), Settings { elder: true, scheme: None, ..all_changed() }] {
        assert_eq!(Settings::from_stored(&s.to_stored()), s);
    }
}

#[test]
fn every_step_of_every_setting_survives_storage() {
    let mut s = Settings::default();
    for &l in LineHeight::ALL {
        s.line_height = l;
        assert_eq!(Settings::from_stored(&s.to_stored()).line_height, l);
    }
    for &l in LetterSpacing::ALL {
        s.letter_spacing = l;
        assert_eq!(Settings::from_stored(&s.to_stored()).letter_spacing, l);
    }
    for &w in ContentWidth::ALL {
        s.width = w;
        assert_eq!(Settings::from_stored(&s.to_stored()).width, w);
    }
    for &c in ColorScheme::ALL {
        s.scheme = Some(c);
        assert_eq!(Settings::from_stored(&s.to_stored()).scheme, Some(c));
    }
}

#[test]
fn corrupt_or_forged_storage_falls_back_field_by_field() {
    for junk in ["", "null", "[]", "{", "\"big\"", "{\"font_scale\": 9999}", "{\"font_scale\": -1}"] {
        assert_eq!(Settings::from_stored(junk), Settings::default(), "{junk}");
    }
    let half = Settings::from_stored(
        r#"{"font_scale": "huge", "elder": true, "future": 1, "scheme": "<b>", "width": 3,
            "line_height": "relaxed", "letter_spacing": null, "text_only": "yes"}"#,
    );
    assert_eq!(half, Settings { elder: true, line_height: LineHeight::Relaxed, ..Settings::default() });
}

#[test]
fn a_value_stored_before_these_settings_existed_still_reads() {
    let old = Settings::from_stored(r#"{"font_scale":130,"elder":true}"#);
    assert_eq!(old, Settings { font_scale: FontPreset::Large.scale(), elder: true, ..Settings::default() });
}

#[test]
fn a_change_of_the_text_scale_alone_is_told_apart() {
    let system = SystemPreferences::default();
    let before = Settings::default();
    let bigger = Settings { font_scale: before.font_scale.larger().unwrap(), ..before };
    let style = |s: Settings| s.page_style(system);
    assert!(style(before).only_text_scale_differs(&style(bigger)));
    assert!(style(bigger).only_text_scale_differs(&style(before)));
    assert!(!style(before).only_text_scale_differs(&style(before)), "no change");
    let elder = Settings { elder: true, ..before };
    assert!(!style(before).only_text_scale_differs(&style(elder)), "长者模式 changes more than the size");
    let wider = Settings { font_scale: bigger.font_scale, line_height: LineHeight::Relaxed, ..before };
    assert!(!style(before).only_text_scale_differs(&style(wider)), "行距 too");
}

#[test]
fn a_press_on_a_font_button_chooses_a_size_or_says_why_not() {
    let plain = Settings::default();
    assert_eq!(plain.press_font(FontPress::Preset(FontPreset::Large)).map(FontScale::percent), Ok(130));
    assert_eq!(plain.press_font(FontPress::Larger).map(FontScale::percent), Ok(110));
    let smallest = Settings { font_scale: FontScale::MIN, ..plain };
    assert_eq!(smallest.press_font(FontPress::Smaller), Err(text::FONT_AT_MIN));
    let largest = Settings { font_scale: FontScale::MAX, ..plain };
    assert_eq!(largest.press_font(FontPress::Larger), Err(text::FONT_AT_MAX));
    // Under 长者模式 nothing below its floor can be chosen, and the reader is told why.
    let elder = Settings { elder: true, font_scale: FontPreset::Small.scale(), ..plain };
    assert_eq!(elder.press_font(FontPress::Preset(FontPreset::Small)), Err(text::FONT_AT_ELDER_MIN));
    assert_eq!(elder.press_font(FontPress::Smaller), Err(text::FONT_AT_ELDER_MIN));
    assert_eq!(elder.press_font(FontPress::Larger).map(FontScale::percent), Ok(110));
    // Every press has its own mark in the page.
    let mut ids: Vec<&str> = FontPress::ALL.iter().map(|p| p.id()).collect();
    ids.dedup();
    assert_eq!(ids.len(), 5);
}

#[test]
fn a_press_that_changes_nothing_says_nothing() {
    let large = Settings { font_scale: FontPreset::Large.scale(), ..Settings::default() };
    assert_eq!(large.font_press_said(FontPress::Preset(FontPreset::Large)), None);
    assert_eq!(Settings::default().font_press_said(FontPress::Preset(FontPreset::Medium)), None);
    assert_eq!(
        large.font_press_said(FontPress::Preset(FontPreset::Medium)).as_deref(),
        Some("字号已调整为 中")
    );
    // 长者模式 keeps 小 stored under its floor: 中 shows no change, but it is one when 长者模式 is off.
    let elder = Settings { elder: true, font_scale: FontPreset::Small.scale(), ..Settings::default() };
    assert_eq!(
        elder.font_press_said(FontPress::Preset(FontPreset::Medium)).as_deref(),
        Some("字号已调整为 中")
    );
    let largest = Settings { font_scale: FontScale::MAX, ..Settings::default() };
    assert_eq!(largest.font_press_said(FontPress::Larger).as_deref(), Some(text::FONT_AT_MAX));
}
