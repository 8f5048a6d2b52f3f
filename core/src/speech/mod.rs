//! Read-aloud's pure logic: sentence splitting and the speaking state machine. The browser's
//! speech engine is driven by the app through an adapter (issue 4's toolbar).

mod reader;
mod sentences;

pub use reader::{Command, Reader, State, RATES};
pub use sentences::split_sentences;
