//! What the reader sees, one piece a file.

pub mod article_block;
pub mod article_meta;
pub mod article_view;
pub mod channel_card;
pub mod channel_panel;
pub mod choice_group;
pub mod copy_button;
pub mod elder_mode_switch;
pub mod enlarged_qr;
pub mod font_size_controls;
pub mod live_region;
pub mod load_failure;
pub mod qr_code_image;
pub mod reading_settings_panel;
pub mod retry_button;
pub mod setting_switch;
pub mod site_banner;
pub mod site_footer;
pub mod skip_link;
pub mod text_only_switch;
