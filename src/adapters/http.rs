//! `fetch` for the app's own JSON files, with a bounded wait.

use super::dom;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response};

/// How long a rural reader waits before being offered 重试 instead of a spinner.
pub const TIMEOUT_SECONDS: u32 = 20;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No answer at all: offline, DNS, connection reset.
    Network,
    /// No complete answer within `TIMEOUT_SECONDS`.
    Timeout,
    NotFound,
    Status(u16),
}

/// GETs a file of the site as text.
pub async fn get_text(url: &str) -> Result<String, FetchError> {
    let window = dom::window().ok_or(FetchError::Network)?;
    let controller = AbortController::new().map_err(|_| FetchError::Network)?;
    let init = RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let abort = Closure::once_into_js({
        let controller = controller.clone();
        move || controller.abort()
    });
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.unchecked_ref(),
            (TIMEOUT_SECONDS * 1000) as i32,
        )
        .ok();
    let result = fetch_text(&window, url, &init).await;
    if let Some(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
    match result {
        Err(FetchError::Network) if controller.signal().aborted() => Err(FetchError::Timeout),
        other => other,
    }
}

async fn fetch_text(window: &web_sys::Window, url: &str, init: &RequestInit) -> Result<String, FetchError> {
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, init))
        .await
        .ok()
        .and_then(|r| r.dyn_into().ok())
        .ok_or(FetchError::Network)?;
    match response.status() {
        404 | 410 => return Err(FetchError::NotFound),
        _ if !response.ok() => return Err(FetchError::Status(response.status())),
        _ => {}
    }
    // Many static hosts (and `trunk serve`) answer a missing file with the app's
    // index.html; an HTML answer to a data request means the file is not there.
    let content_type = response.headers().get("content-type").ok().flatten().unwrap_or_default();
    if content_type.starts_with("text/html") {
        return Err(FetchError::NotFound);
    }
    let text = response.text().map_err(|_| FetchError::Network)?;
    JsFuture::from(text).await.ok().and_then(|t| t.as_string()).ok_or(FetchError::Network)
}
