//! changyue's pure logic, independent of the browser: the data model and its
//! validation, the reading settings with their steps, and all user-facing text.

pub mod article;
pub mod error;
mod fields;
pub mod index;
pub mod list_page;
pub mod paths;
pub mod pinyin;
mod png;
pub mod published;
pub mod qr;
pub mod reading_history;
pub mod reading_place;
mod settings;
pub mod settling;
pub mod shortcuts;
pub mod site;
pub mod speech;
pub mod startup;
pub mod text;
pub mod validate;
pub mod web_app;

pub use article::{Article, Block};
pub use error::{DataError, Place};
pub use fields::Parsed;
pub use index::{ArticleIndex, ArticleSummary};
pub use list_page::ListPage;
pub use published::Published;
pub use qr::QrCode;
pub use settings::{
    Choice, ColorScheme, ContentWidth, FocusLines, FontButton, FontPreset, FontPress, FontScale,
    LetterSpacing, LineHeight, PageStyle, Settings, SettingsHistory, SystemPreferences, ToolSettings,
};
pub use site::{Channel, ChannelKind, Site, SiteLink};
pub use speech::{SpeechRate, SpeechVolume};
pub use validate::{is_valid_id, SafeUrl};
