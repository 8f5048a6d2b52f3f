//! `fetch` for the app's own JSON files.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No answer at all: offline, DNS, connection reset, CORS.
    Network,
    NotFound,
    Status(u16),
}

/// GETs a file of the site as text.
pub async fn get_text(url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let response: Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()
        .and_then(|r| r.dyn_into().ok())
        .ok_or(FetchError::Network)?;
    match response.status() {
        404 | 410 => return Err(FetchError::NotFound),
        _ if !response.ok() => return Err(FetchError::Status(response.status())),
        _ => {}
    }
    // Many static hosts answer a missing file with the app's index.html (SPA fallback);
    // an HTML answer to a data request means the file is not there.
    let content_type = response.headers().get("content-type").ok().flatten().unwrap_or_default();
    if content_type.starts_with("text/html") {
        return Err(FetchError::NotFound);
    }
    let text = response.text().map_err(|_| FetchError::Network)?;
    JsFuture::from(text).await.ok().and_then(|t| t.as_string()).ok_or(FetchError::Network)
}
