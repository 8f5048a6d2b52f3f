//! `fetch` for the app's own JSON files, with a bounded wait (gloo-net, with gloo-timers for the
//! time limit: the timer is cleared when the request ends, whichever way it ends).

use gloo_net::http::Request;
use gloo_timers::callback::Timeout;
use web_sys::AbortController;

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
    let controller = AbortController::new().map_err(|_| FetchError::Network)?;
    let _limit = Timeout::new(TIMEOUT_SECONDS * 1000, {
        let controller = controller.clone();
        move || controller.abort()
    });
    match fetch_text(url, &controller).await {
        Err(FetchError::Network) if controller.signal().aborted() => Err(FetchError::Timeout),
        other => other,
    }
}

async fn fetch_text(url: &str, controller: &AbortController) -> Result<String, FetchError> {
    let response = Request::get(url)
        .abort_signal(Some(&controller.signal()))
        .send()
        .await
        .map_err(|_| FetchError::Network)?;
    match response.status() {
        404 | 410 => return Err(FetchError::NotFound),
        _ if !response.ok() => return Err(FetchError::Status(response.status())),
        _ => {}
    }
    // Many static hosts (and `trunk serve`) answer a missing file with the app's
    // index.html; an HTML answer to a data request means the file is not there.
    let content_type = response.headers().get("content-type").unwrap_or_default();
    if content_type.starts_with("text/html") {
        return Err(FetchError::NotFound);
    }
    response.text().await.map_err(|_| FetchError::Network)
}
