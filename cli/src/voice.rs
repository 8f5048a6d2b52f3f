//! Audio for one sentence: its syllables (changyue-readings' `for_speech`) given to a speech
//! engine on its standard input, the engine's WAV on its standard output encoded as MP3 by
//! `lame` (32 kbit/s mono: 240 KB a minute, which every browser plays), and kept on disk under a
//! hash of the engine and the syllables, so that a sentence is made once.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};

use changyue_readings::Reader;
use sha2::{Digest, Sha256};

/// The engine unless a site names another: espeak-ng's Mandarin voice that reads tone-numbered
/// 拼音 (its own Chinese dictionary misreads many words, so it is given syllables, not text).
pub const DEFAULT_ENGINE: &str = "espeak-ng -v cmn-latn-pinyin -s 150 --stdin --stdout";
// 32 kbit/s mono at quality 7: speech loses nothing audible, and it takes half the time of the default.
const ENCODER: [&str; 9] = ["lame", "--quiet", "-q", "7", "-b", "32", "-m", "m", "-"];

pub struct Voice {
    engine: Vec<String>,
    cache: PathBuf,
    reader: Reader,
    /// The sentences being made now: a second reader asking for one waits for the first's audio
    /// rather than making it again.
    making: Mutex<HashMap<PathBuf, Arc<Making>>>,
}

/// One sentence's audio being made: set once, by the first reader who asked for it.
type Making = OnceLock<Result<Vec<u8>, String>>;

/// Where a sentence's audio came from.
#[derive(Debug, PartialEq, Eq)]
pub enum Made {
    /// Made before, or by another reader's request at the same moment.
    Cached,
    Now,
}

impl Voice {
    pub fn new(engine: &str, cache: &Path) -> Voice {
        Voice {
            engine: engine.split_whitespace().map(str::to_owned).collect(),
            cache: cache.to_owned(),
            reader: Reader::default(),
            making: Mutex::new(HashMap::new()),
        }
    }

    /// The MP3 of `sentence`, from the cache or made now.
    pub fn audio(&self, sentence: &str) -> Result<(Vec<u8>, Made), String> {
        let syllables = self.reader.for_speech(sentence);
        let path = self.cached_path(&syllables);
        if let Ok(bytes) = std::fs::read(&path) {
            return Ok((bytes, Made::Cached));
        }
        let slot = {
            let mut making = self.making.lock().map_err(|_| "a worker failed")?;
            making.entry(path.clone()).or_default().clone()
        };
        let (mut first, mut made_here) = (false, false);
        let made = slot.get_or_init(|| {
            first = true;
            // Kept by a reader who finished just before this one asked.
            if let Ok(bytes) = std::fs::read(&path) {
                return Ok(bytes);
            }
            made_here = true;
            let mp3 = encode(&self.synthesise(&syllables)?)?;
            keep(&path, &mp3).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(mp3)
        });
        if first {
            // Kept on disk now (or failed, and may be tried again): later readers go to the file.
            self.making.lock().map_err(|_| "a worker failed")?.remove(&path);
        }
        made.clone().map(|mp3| (mp3, if made_here { Made::Now } else { Made::Cached }))
    }

    fn cached_path(&self, syllables: &str) -> PathBuf {
        let mut hash = Sha256::new();
        hash.update(self.engine.join(" ").as_bytes());
        hash.update([0]);
        hash.update(syllables.as_bytes());
        let name: String = hash.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect();
        self.cache.join(&name[..2]).join(format!("{name}.mp3"))
    }

    fn synthesise(&self, syllables: &str) -> Result<Vec<u8>, String> {
        let (program, args) = self.engine.split_first().ok_or("no speech engine named")?;
        run(program, args, syllables.as_bytes())
    }
}

/// Writes the file whole under a name of this thread's own first, so that two readers asking for
/// the same sentence at once never see half of it.
fn keep(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let partial =
        path.with_extension(format!("{:?}.partial", std::thread::current().id()).replace(['(', ')'], ""));
    std::fs::write(&partial, bytes)?;
    std::fs::rename(&partial, path)
}

fn encode(wav: &[u8]) -> Result<Vec<u8>, String> {
    let mut args: Vec<String> = ENCODER[1..].iter().map(|a| a.to_string()).collect();
    args.push("-".into());
    run(ENCODER[0], &args, wav)
}

/// Runs `program` with `input` on its standard input; its standard output, or why there is none.
fn run(program: &str, args: &[String], input: &[u8]) -> Result<Vec<u8>, String> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{program}: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("no standard input")?;
    let input = input.to_vec();
    // Written from another thread: a program that writes while it reads would otherwise block.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().map_err(|e| format!("{program}: {e}"))?;
    let _ = writer.join();
    if !output.status.success() || output.stdout.is_empty() {
        return Err(format!("{program}: {}", String::from_utf8_lossy(&output.stderr).trim()));
    }
    Ok(output.stdout)
}
