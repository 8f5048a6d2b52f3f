//! The order in which the blocks of a long article take a new 字号 (src/settling.rs carries it
//! out, and says why): the blocks near the window at once; then, a frame at a time, the next
//! blocks below the window, and what is left of the frame's share above it, nearest first.

use std::ops::Range;

/// Below this many blocks an article lays out at once fast enough (the seed article has 24).
pub const LONG: u32 = 150;

/// Blocks laid out in one frame: about 15 ms of layout at CPU 4x on the bench's article.
pub const PER_FRAME: u32 = 40;

/// How far a settle has gone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settling {
    /// The next block to settle going down.
    below: u32,
    /// One past the next block to settle going up (0: none left).
    above: u32,
}

/// One frame's blocks, below the window and above it, and whether every block is then settled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    pub below: Range<u32>,
    pub above: Range<u32>,
    pub done: bool,
}

impl Settling {
    /// A settle whose blocks `near` the window have taken the new size.
    pub fn from_near(near: Range<u32>) -> Settling {
        Settling { below: near.end, above: near.start }
    }

    /// The next frame's blocks of an article of `count` blocks.
    pub fn next_frame(&mut self, count: u32) -> Frame {
        let below = self.below..(self.below + PER_FRAME).min(count).max(self.below);
        let up = PER_FRAME - below.len() as u32;
        let above = self.above.saturating_sub(up)..self.above;
        (self.below, self.above) = (below.end, above.start);
        Frame { done: self.below >= count && self.above == 0, below, above }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every frame until done, as (below, above) ranges.
    fn frames(near: Range<u32>, count: u32) -> Vec<(Range<u32>, Range<u32>)> {
        let mut settling = Settling::from_near(near);
        let mut frames = Vec::new();
        loop {
            let frame = settling.next_frame(count);
            frames.push((frame.below, frame.above));
            if frame.done {
                return frames;
            }
            assert!(frames.len() <= count as usize, "a settle ends");
        }
    }

    #[test]
    fn below_the_window_first_then_above_it_nearest_first_a_frame_s_share_at_a_time() {
        let frames = frames(500..560, 1000);
        assert_eq!(frames[0], (560..600, 500..500));
        // The frame that finishes the blocks below takes the rest of its share from above.
        assert_eq!(frames[10], (960..1000, 500..500));
        assert_eq!(frames[11], (1000..1000, 460..500));
        assert_eq!(frames.last().unwrap(), &(1000..1000, 0..20));
        assert_eq!(frames.len(), 24, "940 blocks, 40 a frame");
        // Each block settles once.
        let settled: u32 = frames.iter().map(|(b, a)| b.len() as u32 + a.len() as u32).sum();
        assert_eq!(settled, 1000 - 60);
    }

    #[test]
    fn a_frame_that_ends_the_blocks_below_takes_the_rest_from_above() {
        assert_eq!(
            frames(170..190, 200),
            vec![
                (190..200, 140..170),
                (200..200, 100..140),
                (200..200, 60..100),
                (200..200, 20..60),
                (200..200, 0..20)
            ]
        );
        assert_eq!(frames(0..200, 200), vec![(200..200, 0..0)], "all near the window: done at once");
    }

    #[test]
    fn an_article_that_lost_blocks_meanwhile_settles_what_is_left() {
        let mut settling = Settling::from_near(400..450);
        let frame = settling.next_frame(300);
        assert_eq!(frame.below, 450..450);
        assert_eq!(frame.above, 360..400);
    }
}
