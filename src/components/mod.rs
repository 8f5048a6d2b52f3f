//! What the reader sees, one piece a file.

pub mod article_block;
pub mod article_meta;
pub mod article_view;
pub mod choice_group;
pub mod elder_mode_switch;
pub mod font_size_controls;
pub mod live_region;
pub mod load_failure;
pub mod reading_settings_panel;
pub mod retry_button;
pub mod site_banner;
pub mod site_footer;
pub mod skip_link;
pub mod text_only_switch;
