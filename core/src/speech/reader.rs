//! The read-aloud state machine: idle, speaking or paused over a queue of sentences. It knows
//! nothing of the browser: each step returns what the speech engine must be asked to do, and
//! the adapter reports back when a sentence has been spoken.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Idle,
    Speaking(usize),
    Paused(usize),
}

/// What the speech engine is asked to do after a step. Pausing is a cancel and resuming
/// speaks the paused sentence again from its start: the engines' own `pause()` is missing on
/// Android and stops for good after a while with network voices, so it is never relied on.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Cancel anything queued, then speak this sentence at this rate.
    Speak {
        index: usize,
        rate: f32,
    },
    /// Cancel everything.
    Cancel,
    Nothing,
}

#[derive(Clone, Debug)]
pub struct Reader {
    count: usize,
    state: State,
    rate: f32,
}

impl Reader {
    /// A reader over `count` sentences at a rate (1.0 is the voice's own).
    pub fn new(count: usize, rate: f32) -> Reader {
        Reader { count, state: State::Idle, rate }
    }

    pub fn state(&self) -> State {
        self.state
    }

    /// The sentence to highlight: the one being spoken or paused on.
    pub fn current(&self) -> Option<usize> {
        match self.state {
            State::Idle => None,
            State::Speaking(i) | State::Paused(i) => Some(i),
        }
    }

    /// Starts (or restarts) reading from a sentence.
    pub fn play_from(&mut self, index: usize) -> Command {
        if index >= self.count {
            return Command::Nothing;
        }
        self.state = State::Speaking(index);
        self.speak(index)
    }

    pub fn pause(&mut self) -> Command {
        match self.state {
            State::Speaking(i) => {
                self.state = State::Paused(i);
                Command::Cancel
            }
            _ => Command::Nothing,
        }
    }

    /// 继续: the paused sentence again, from its start.
    pub fn resume(&mut self) -> Command {
        match self.state {
            State::Paused(i) => self.play_from(i),
            _ => Command::Nothing,
        }
    }

    pub fn stop(&mut self) -> Command {
        if self.state == State::Idle {
            return Command::Nothing;
        }
        self.state = State::Idle;
        Command::Cancel
    }

    /// 下一句: on to the next sentence (speaking it, even from a pause); past the last, stop.
    pub fn next_sentence(&mut self) -> Command {
        match self.current() {
            Some(i) if i + 1 < self.count => self.play_from(i + 1),
            Some(_) => self.stop(),
            None => Command::Nothing,
        }
    }

    /// 上一句: back one sentence, or the first again.
    pub fn previous_sentence(&mut self) -> Command {
        match self.current() {
            Some(i) => self.play_from(i.saturating_sub(1)),
            None => Command::Nothing,
        }
    }

    /// The engine finished a sentence: go on with the next, or end after the last.
    pub fn sentence_ended(&mut self, index: usize) -> Command {
        match self.state {
            // A late report for a sentence already left behind (after a skip) changes nothing.
            State::Speaking(i) if i == index => {
                if i + 1 < self.count {
                    self.play_from(i + 1)
                } else {
                    self.state = State::Idle;
                    Command::Nothing
                }
            }
            _ => Command::Nothing,
        }
    }

    /// A new rate; while speaking, the current sentence starts again at it.
    pub fn set_rate(&mut self, rate: f32) -> Command {
        if rate == self.rate {
            return Command::Nothing;
        }
        self.rate = rate;
        self.repeat()
    }

    /// While speaking, the current sentence from its start (a new volume or voice is heard at
    /// once); otherwise nothing.
    pub fn repeat(&mut self) -> Command {
        match self.state {
            State::Speaking(i) => self.speak(i),
            _ => Command::Nothing,
        }
    }

    fn speak(&self, index: usize) -> Command {
        Command::Speak { index, rate: self.rate }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeat_starts_the_sentence_again_only_while_speaking() {
        let mut r = Reader::new(3, 1.0);
        assert_eq!(r.repeat(), Command::Nothing);
        r.play_from(1);
        assert_eq!(r.repeat(), Command::Speak { index: 1, rate: 1.0 });
        r.pause();
        assert_eq!(r.repeat(), Command::Nothing);
    }

    #[test]
    fn reads_every_sentence_in_order_then_stops() {
        let mut r = Reader::new(3, 1.0);
        assert_eq!(r.play_from(0), Command::Speak { index: 0, rate: 1.0 });
        assert_eq!(r.sentence_ended(0), Command::Speak { index: 1, rate: 1.0 });
        assert_eq!(r.sentence_ended(1), Command::Speak { index: 2, rate: 1.0 });
        assert_eq!(r.sentence_ended(2), Command::Nothing);
        assert_eq!(r.state(), State::Idle);
        assert_eq!(r.current(), None);
    }

    #[test]
    fn pause_resume_and_stop() {
        let mut r = Reader::new(3, 1.0);
        assert_eq!(r.pause(), Command::Nothing, "nothing to pause yet");
        r.play_from(1);
        assert_eq!(r.pause(), Command::Cancel, "a pause stops the engine");
        assert_eq!(r.state(), State::Paused(1));
        assert_eq!(r.current(), Some(1), "the paused sentence stays highlighted");
        assert_eq!(r.pause(), Command::Nothing);
        assert_eq!(r.resume(), Command::Speak { index: 1, rate: 1.0 }, "继续 says the sentence again");
        assert_eq!(r.state(), State::Speaking(1));
        assert_eq!(r.stop(), Command::Cancel);
        assert_eq!(r.stop(), Command::Nothing);
        assert_eq!(r.resume(), Command::Nothing);
    }

    #[test]
    fn skipping_moves_by_one_and_stays_in_bounds() {
        let mut r = Reader::new(2, 1.0);
        assert_eq!(r.next_sentence(), Command::Nothing, "idle: nothing to skip");
        r.play_from(0);
        assert_eq!(
            r.previous_sentence(),
            Command::Speak { index: 0, rate: 1.0 },
            "before the first is the first"
        );
        assert_eq!(r.next_sentence(), Command::Speak { index: 1, rate: 1.0 });
        assert_eq!(r.next_sentence(), Command::Cancel, "past the last: stop");
        assert_eq!(r.state(), State::Idle);
        assert_eq!(r.play_from(2), Command::Nothing, "no such sentence");
    }

    #[test]
    fn a_skip_from_a_pause_speaks_and_a_late_end_report_is_ignored() {
        let mut r = Reader::new(3, 1.0);
        r.play_from(0);
        r.pause();
        assert_eq!(r.next_sentence(), Command::Speak { index: 1, rate: 1.0 });
        assert_eq!(r.state(), State::Speaking(1));
        assert_eq!(r.sentence_ended(0), Command::Nothing, "the cancelled sentence's end");
        assert_eq!(r.state(), State::Speaking(1));
    }

    #[test]
    fn a_rate_change_repeats_the_current_sentence() {
        let mut r = Reader::new(2, 1.0);
        assert_eq!(r.set_rate(1.25), Command::Nothing, "idle: only the rate changes");
        assert_eq!(r.play_from(1), Command::Speak { index: 1, rate: 1.25 });
        assert_eq!(r.set_rate(1.5), Command::Speak { index: 1, rate: 1.5 });
        assert_eq!(r.set_rate(1.5), Command::Nothing, "the same rate: nothing to repeat");
        r.pause();
        assert_eq!(r.set_rate(2.0), Command::Nothing, "paused: the new rate waits for 继续");
        assert_eq!(r.resume(), Command::Speak { index: 1, rate: 2.0 });
    }
}
