//! Small wrappers around the browser APIs the app uses, so that the rest of
//! the code never touches `web_sys` directly and every failure is a value.

pub mod clipboard;
pub mod dom;
pub mod highlight;
pub mod http;
pub mod speech;
pub mod storage;
pub mod takeover;
