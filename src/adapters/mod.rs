//! Small wrappers around the browser APIs the app uses (storage, fetch, speech, the clipboard,
//! focus and scrolling, the page's takeover), so that every failure is a value. The rest of
//! the code calls the browser only through these; of `web_sys` it names only the DOM's node
//! types (`Element`, `HtmlElement`, `EventTarget`) that events and queries hand it.

pub mod clipboard;
pub mod dom;
pub mod highlight;
pub mod http;
pub mod ruby;
pub mod speech;
pub mod storage;
pub mod takeover;
