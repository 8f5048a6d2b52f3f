//! The Clipboard API. It is missing on plain-http pages and in some in-app browsers, and
//! the reader or the browser may refuse it; each case is an `Err`, never an exception.

use super::dom;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub async fn write_text(text: &str) -> Result<(), ()> {
    let navigator = dom::window().ok_or(())?.navigator();
    // `navigator.clipboard` is undefined where the API is not offered: check before calling.
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).map_err(|_| ())?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return Err(());
    }
    let promise = clipboard.unchecked_into::<web_sys::Clipboard>().write_text(text);
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| ())
}
