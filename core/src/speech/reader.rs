//! The read-aloud state machine: idle, speaking or paused over a queue of sentences. It knows
//! nothing of the browser: each step returns what the speech engine must be asked to do, and
//! the adapter reports back when a sentence has been spoken.

use crate::text;

/// Speaking rates offered, 0.5x to 2x.
pub const RATES: [f32; 7] = [0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Idle,
    Speaking(usize),
    Paused(usize),
}

/// What the speech engine is asked to do after a step.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Cancel anything queued, then speak this sentence at this rate.
    Speak {
        index: usize,
        rate: f32,
    },
    Pause,
    Resume,
    /// Cancel everything.
    Cancel,
    Nothing,
}

#[derive(Clone, Debug)]
pub struct Reader {
    count: usize,
    state: State,
    rate: usize,
}

impl Reader {
    /// A reader over `count` sentences, at 1x.
    pub fn new(count: usize) -> Reader {
        Reader { count, state: State::Idle, rate: 2 }
    }

    pub fn state(&self) -> State {
        self.state
    }

    pub fn rate(&self) -> f32 {
        RATES[self.rate]
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
                Command::Pause
            }
            _ => Command::Nothing,
        }
    }

    pub fn resume(&mut self) -> Command {
        match self.state {
            State::Paused(i) => {
                self.state = State::Speaking(i);
                Command::Resume
            }
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

    /// A faster or slower step; while speaking, the current sentence starts again at the new rate.
    pub fn set_rate(&mut self, faster: bool) -> Command {
        let next = if faster { (self.rate + 1).min(RATES.len() - 1) } else { self.rate.saturating_sub(1) };
        if next == self.rate {
            return Command::Nothing;
        }
        self.rate = next;
        match self.state {
            State::Speaking(i) => self.speak(i),
            _ => Command::Nothing,
        }
    }

    /// What the live region says about the rate, e.g. 语速已调整为 1.25 倍.
    pub fn rate_announcement(&self) -> String {
        let rate = self.rate();
        let shown = if rate.fract() == 0.0 { format!("{rate:.0}") } else { format!("{rate}") };
        text::fill(
            text::SETTING_CHANGED,
            &[("setting", text::SPEECH_RATE), ("value", &format!("{shown} 倍"))],
        )
    }

    fn speak(&self, index: usize) -> Command {
        Command::Speak { index, rate: self.rate() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_sentence_in_order_then_stops() {
        let mut r = Reader::new(3);
        assert_eq!(r.play_from(0), Command::Speak { index: 0, rate: 1.0 });
        assert_eq!(r.sentence_ended(0), Command::Speak { index: 1, rate: 1.0 });
        assert_eq!(r.sentence_ended(1), Command::Speak { index: 2, rate: 1.0 });
        assert_eq!(r.sentence_ended(2), Command::Nothing);
        assert_eq!(r.state(), State::Idle);
        assert_eq!(r.current(), None);
    }

    #[test]
    fn pause_resume_and_stop() {
        let mut r = Reader::new(3);
        assert_eq!(r.pause(), Command::Nothing, "nothing to pause yet");
        r.play_from(1);
        assert_eq!(r.pause(), Command::Pause);
        assert_eq!(r.state(), State::Paused(1));
        assert_eq!(r.current(), Some(1), "the paused sentence stays highlighted");
        assert_eq!(r.pause(), Command::Nothing);
        assert_eq!(r.resume(), Command::Resume);
        assert_eq!(r.state(), State::Speaking(1));
        assert_eq!(r.stop(), Command::Cancel);
        assert_eq!(r.stop(), Command::Nothing);
        assert_eq!(r.resume(), Command::Nothing);
    }

    #[test]
    fn skipping_moves_by_one_and_stays_in_bounds() {
        let mut r = Reader::new(2);
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
        let mut r = Reader::new(3);
        r.play_from(0);
        r.pause();
        assert_eq!(r.next_sentence(), Command::Speak { index: 1, rate: 1.0 });
        assert_eq!(r.state(), State::Speaking(1));
        assert_eq!(r.sentence_ended(0), Command::Nothing, "the cancelled sentence's end");
        assert_eq!(r.state(), State::Speaking(1));
    }

    #[test]
    fn a_rate_change_repeats_the_current_sentence_within_half_to_double() {
        let mut r = Reader::new(2);
        assert_eq!(r.set_rate(true), Command::Nothing, "idle: only the rate changes");
        assert_eq!(r.rate(), 1.25);
        r.play_from(1);
        assert_eq!(r.set_rate(true), Command::Speak { index: 1, rate: 1.5 });
        for _ in 0..10 {
            r.set_rate(true);
        }
        assert_eq!(r.rate(), 2.0);
        assert_eq!(r.set_rate(true), Command::Nothing);
        for _ in 0..10 {
            r.set_rate(false);
        }
        assert_eq!(r.rate(), 0.5);
        assert_eq!(r.rate_announcement(), "语速已调整为 0.5 倍");
        r.set_rate(true);
        r.set_rate(true);
        assert_eq!(r.rate_announcement(), "语速已调整为 1 倍");
    }
}
