//! The reader's place (low-vision readers call it the point of regard): the block at the top of
//! the window and how much of it has scrolled past. A change of the reading settings reflows the
//! whole page; scrolling by `scroll_to_keep` afterwards puts the same block, with the same share
//! of it read, back where it was. Geometry only: the browser side measures, this decides.

/// The blocks a place can be: the reading text and the banner's and footer's rows, each a line
/// or a few, so that a place is never a whole section. The app and the pre-rendered page's
/// settings script (`startup`) both keep the place by them.
pub const BLOCKS: &str = "header p, header nav, header [role=group], header fieldset, header h2, \
    main h1, main h2, main h3, main h4, main p, main li, main figure, main blockquote, main pre, \
    main table, footer h2, footer p, footer li";

/// A bar fixed at the top of the window (the 字号 bar): the reading line is its bottom.
pub const FIXED_AT_TOP: &str = ".quick-bar";

/// What is fixed at the bottom of the window: the 继续阅读 offer, the reading dock (while 连读
/// reads) and the 大字幕 bar. The first one found in the document is the upper one.
pub const FIXED_AT_BOTTOM: &str = ".resume-offer, .reading-dock, .caption-bar";

/// The most of the window the bars fixed at its edges may take together: the rest is the
/// article's, at any zoom, 字号 or 长者模式 (style/bars.css holds the bottom ones to it).
pub const BARS_MAX_SHARE: f64 = 0.3;

/// Whether a bar of this height, with `others` px of bars already fixed, would take more of a
/// window `window` px tall than its share: then it folds (the 字号 bar into one 字号 button).
pub fn bar_too_tall(bar: f64, others: f64, window: f64) -> bool {
    bar + others > window * BARS_MAX_SHARE
}

/// Where a block stands, in CSS px from the reading line: the window's top edge, or the bottom
/// of a bar fixed there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BlockSpan {
    pub top: f64,
    pub height: f64,
}

impl BlockSpan {
    fn bottom(self) -> f64 {
        self.top + self.height
    }
}

/// The block at the reading line: the first in document order with some of it below the line.
/// Hidden blocks (no height) are never the place.
pub fn block_at_line(blocks: impl IntoIterator<Item = BlockSpan>) -> Option<usize> {
    blocks.into_iter().position(|b| b.height > 0.0 && b.bottom() > 0.0)
}

/// How far to scroll down (negative: up) so that a block that stood at `before` stands as it
/// did, now that it stands at `after` (each measured from the line of its moment, for a bar at
/// the top may have grown): cut by the line, with the same share of it above the
/// line (a paragraph read a third of the way keeps a third above); below the line, the same
/// gap between the line and its top.
pub fn scroll_to_keep(before: BlockSpan, after: BlockSpan) -> f64 {
    let target_top = if before.top < 0.0 && before.height > 0.0 {
        let share_read = -before.top / before.height;
        -share_read * after.height
    } else {
        before.top
    };
    after.top - target_top
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(top: f64, height: f64) -> BlockSpan {
        BlockSpan { top, height }
    }

    #[test]
    fn the_place_is_the_first_block_reaching_below_the_line() {
        let blocks = [span(-300.0, 200.0), span(-100.0, 100.0), span(-40.0, 80.0), span(50.0, 80.0)];
        assert_eq!(block_at_line(blocks), Some(2));
    }

    #[test]
    fn a_block_ending_on_the_line_has_been_read() {
        assert_eq!(block_at_line([span(-100.0, 100.0), span(0.0, 30.0)]), Some(1));
    }

    #[test]
    fn hidden_blocks_are_never_the_place() {
        assert_eq!(block_at_line([span(-10.0, 0.0), span(-10.0, 0.0), span(5.0, 20.0)]), Some(2));
        assert_eq!(block_at_line([span(-10.0, 0.0)]), None);
        assert_eq!(block_at_line([]), None);
    }

    #[test]
    fn a_block_cut_by_the_line_keeps_the_share_read() {
        // A third of a 90 px paragraph was above the line; enlarged to 180 px it sits 1,610 px lower.
        let delta = scroll_to_keep(span(-30.0, 90.0), span(1580.0, 180.0));
        // After scrolling, a third of it (60 px) is above the line again.
        assert_eq!(1580.0 - delta, -60.0);
    }

    #[test]
    fn a_block_below_the_line_keeps_its_gap() {
        assert_eq!(scroll_to_keep(span(12.0, 40.0), span(412.0, 60.0)), 400.0);
        // Shrinking moves it up: scroll up.
        assert_eq!(scroll_to_keep(span(12.0, 40.0), span(-88.0, 30.0)), -100.0);
    }

    #[test]
    fn a_grown_bar_moves_the_line_with_it() {
        // Half of the 100 px block was under the bar; the bar grew and the text doubled: half
        // of the block, 100 px, is under the bar's new bottom.
        let delta = scroll_to_keep(span(-50.0, 100.0), span(300.0, 200.0));
        assert_eq!(300.0 - delta, -100.0);
    }

    #[test]
    fn nothing_changed_means_no_scroll() {
        assert_eq!(scroll_to_keep(span(-25.0, 100.0), span(-25.0, 100.0)), 0.0);
        assert_eq!(scroll_to_keep(span(25.0, 100.0), span(25.0, 100.0)), 0.0);
    }

    #[test]
    fn a_bar_folds_when_the_bars_would_take_more_than_their_share() {
        // 320x256, 400% zoom: 76.8 px for the bars. The full 字号 bar (158 px) folds; one row (58) does not.
        assert!(bar_too_tall(158.0, 0.0, 256.0));
        assert!(!bar_too_tall(58.0, 0.0, 256.0));
        assert!(bar_too_tall(58.0, 60.0, 256.0), "with 60 px already at the bottom");
        // A phone held upright: the full bar stays.
        assert!(!bar_too_tall(158.0, 0.0, 780.0));
    }
}
