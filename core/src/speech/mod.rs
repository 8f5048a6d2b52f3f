//! Read-aloud's pure logic: sentence splitting, the speaking rates and volumes and the speaking state
//! machine. The browser's speech engine is driven by the app through an adapter.

mod rate;
mod readable;
mod reader;
mod sentences;
mod voice;
mod volume;

pub use rate::SpeechRate;
pub use readable::{is_sentence_of, readable_texts};
pub use reader::{Command, Reader, State};
pub use sentences::{sentence_spans_utf16, split_sentences};
pub use voice::voice_fit;
pub use volume::SpeechVolume;
