//! Every piece of text a reader sees, in one place, Simplified Chinese first.
//!
//! Components and error messages take their words from here only, so that an
//! English UI can follow by swapping this module for another of the same shape.
//! The one exception is the static start-up message in `index.html`, shown before
//! any code runs.

pub const APP_NAME: &str = "畅阅";
pub const SKIP_TO_MAIN: &str = "跳到正文";
pub const LOADING: &str = "正在加载，请稍候……";
pub const RETRY: &str = "重试";
pub const RETRYING: &str = "正在重试……";
/// Over a pre-rendered page: a button only the app works was pressed before the app had
/// started, which then presses it (the settings script, core's `startup`, puts it up).
pub const EARLY_PRESS: &str = "按钮的功能还在加载，加载好后会自动生效，请稍候。";
/// The app could not start (the network failed, or the browser cannot run it): the buttons only
/// the app works say they are unavailable (字号 and 长者模式 still work), and the page offers to
/// load again. Short: it stays at the bottom of a phone's screen.
pub const APP_FAILED: &str = "网络不好，部分按钮没能加载。字号和长者模式可用，文章仍可阅读。";
pub const APP_RELOAD: &str = "重新加载";
pub const BACK_HOME: &str = "返回文章列表";
pub const HOME_HEADING: &str = "文章列表";
pub const HOME_EMPTY: &str = "暂时没有文章。";
/// The list's heading after its first page.
pub const LIST_PAGE_HEADING: &str = "文章列表（第 {page} 页）";
pub const PAGINATION_LABEL: &str = "文章列表分页";
/// Where the reader is in the list, above the page links.
pub const PAGINATION_STATUS: &str = "第 {page} 页，共 {pages} 页，{total} 篇文章";
pub const PREVIOUS_PAGE: &str = "上一页";
pub const NEXT_PAGE: &str = "下一页";
/// A numbered page link's name: the number is what it shows.
pub const PAGE_LINK: &str = "第 {page} 页";
pub const SITE_LINKS: &str = "相关网站";

pub const SOURCE_LABEL: &str = "来源：";
pub const PUBLISHED_LABEL: &str = "发布时间：";
pub const AUTHOR_LABEL: &str = "作者：";

pub const NOT_FOUND_TITLE: &str = "找不到这个页面";
pub const NOT_FOUND_BODY: &str = "您要找的页面不存在，可能已被删除或地址有误。";
pub const ARTICLE_NOT_FOUND_TITLE: &str = "找不到这篇文章";
pub const ARTICLE_NOT_FOUND_BODY: &str = "这篇文章不存在，可能已被删除或地址有误。";

pub const LOAD_ERROR_TITLE: &str = "内容没有加载出来";
pub const SITE_ERROR: &str = "站点信息没有加载出来，文章仍可阅读。";
pub const ERROR_NETWORK: &str = "网络连接失败，请检查网络后点“重试”。";
pub const ERROR_TIMEOUT: &str = "网络太慢，等了 {seconds} 秒仍没有加载出来，请稍后点“重试”。";
pub const ERROR_NOT_FOUND: &str = "没有找到所需的内容，可能已被删除或地址有误。";
pub const ERROR_HTTP: &str = "服务器暂时无法提供内容（错误代码 {code}），请稍后点“重试”。";
pub const ERROR_SYNTAX: &str = "数据文件格式已损坏（第 {line} 行第 {column} 列），无法显示。";
pub const ERROR_WRONG_TYPE: &str = "数据文件中有内容类型不对（第 {line} 行第 {column} 列），无法显示。";
pub const ERROR_MISSING: &str = "数据文件中{place}缺少“{field}”，无法显示。";
pub const ERROR_TOO_LARGE: &str = "数据文件太大（{size} MB，上限 {limit} MB），无法显示。";
pub const ERROR_BAD_VALUE: &str = "数据文件中{place}的“{field}”不符合要求，无法显示。";

// `changyue check`: what the site's editors are told about a data folder.
pub const CHECK_ERROR: &str = "错误";
pub const CHECK_WARNING: &str = "提醒";
pub const CHECK_LISTED_TWICE: &str = "文章列表中“{id}”出现了不止一次。";
pub const CHECK_NO_FILE: &str = "文章列表中的“{id}”没有对应的文章文件（articles/{id}.json）。";
pub const CHECK_NOT_LISTED: &str = "这篇文章不在文章列表（articles/index.json）里，读者找不到它。";
pub const CHECK_NAME_NOT_ID: &str = "文件名与文章的“id”（{id}）不一致。";
pub const CHECK_NO_IMAGE: &str = "图片 {src} 在网站里找不到。";
pub const CHECK_LIST_NEEDS_BUILD: &str =
    "{problem}网站要先用 changyue build（或 changyue render）生成分页文件再发布，否则读者看不到文章列表。";
pub const CHECK_CLEAN: &str = "检查了 {articles} 篇文章，没有发现问题。";
pub const CHECK_SUMMARY: &str = "检查了 {articles} 篇文章：{errors} 个错误，{warnings} 个提醒。";
pub const IMPORT_DONE: &str = "导入了 {imported} 篇文章（共 {pages} 个网页），写入 {out}。";
pub const IMPORT_FAILED: &str = "{failed} 个网页没有导入，原因见上。";
pub const IMPORT_NO_PAGES: &str = "没有找到要导入的网页（.html、.htm 或 .shtml 文件）。";
pub const IMPORT_UNREADABLE: &str = "读不出这个文件：{why}";
pub const IMPORT_NO_TITLE: &str = "找不到文章标题。";
pub const IMPORT_NO_DATE: &str = "找不到发布时间。";
pub const IMPORT_NO_SOURCE: &str = "找不到来源，也没有网站名称。";
pub const IMPORT_NO_BODY: &str = "找不到正文。";
pub const IMPORT_REPLACED: &str = "有些文字的编码无法识别，已用“�”代替（按 {encoding} 读取）。";
pub const IMPORT_CANNOT_WRITE: &str = "写不进 {path}：{why}";
pub const IMPORT_BAD_LIST: &str = "已有的文章列表 {path} 读不出来（{why}），为免丢失其中的文章，没有导入。";
pub const IMPORT_SAME_ID: &str =
    "与本次导入的 {other} 得到了同一个 id（{id}），没有导入：请用 --base-url 给出网页各自的地址。";
pub const IMPORT_CRASHED: &str = "读这个网页时出错，已跳过。";
pub const IMPORT_INVALID: &str = "导入结果不符合数据格式：{why}";

pub const PLACE_ARTICLE: &str = "文章";
pub const PLACE_BLOCK: &str = "正文第 {n} 段";
pub const PLACE_INDEX: &str = "文章列表";
pub const PLACE_LIST_ITEM: &str = "文章列表第 {n} 项";
pub const PLACE_SITE: &str = "站点信息";
pub const PLACE_LINK: &str = "站点链接第 {n} 项";
pub const PLACE_CHANNEL: &str = "两微一端第 {n} 项";

pub const FONT_SIZE_GROUP: &str = "字号";
pub const FONT_SMALLER: &str = "缩小";
pub const FONT_LARGER: &str = "放大";
pub const FONT_SMALLER_NAME: &str = "缩小字号";
pub const FONT_LARGER_NAME: &str = "放大字号";
pub const FONT_CURRENT: &str = "当前字号";
pub const FONT_AT_MIN: &str = "已是最小字号";
pub const FONT_AT_MAX: &str = "已是最大字号";
pub const FONT_AT_ELDER_MIN: &str = "长者模式下字号不能再小";
pub const PRESET_SMALL: &str = "小";
pub const PRESET_MEDIUM: &str = "中";
pub const PRESET_LARGE: &str = "大";

pub const READING_TIME: &str = "约 {minutes} 分钟读完";

pub const SETTING_CHANGED: &str = "{setting}已调整为 {value}";

pub const READING_SETTINGS: &str = "阅读设置";
pub const READING_SETTINGS_CLOSE: &str = "收起阅读设置";
pub const READING_SETTINGS_HINT: &str = "每项改动立即生效，并会记住，下次打开仍然有效。";
pub const LINE_HEIGHT: &str = "行距";
pub const LETTER_SPACING: &str = "字间距";
pub const CONTENT_WIDTH: &str = "版面宽度";
pub const COLOR_SCHEME: &str = "配色";
pub const STEP_STANDARD: &str = "标准";
pub const STEP_COMPACT: &str = "紧凑";
pub const STEP_RELAXED: &str = "宽松";
pub const STEP_SLIGHTLY_WIDE: &str = "较宽";
pub const STEP_WIDE: &str = "宽";
pub const STEP_EXTRA_WIDE: &str = "特宽";
pub const STEP_NARROW: &str = "窄";
pub const STEP_MEDIUM: &str = "中";
pub const SCHEME_DEFAULT: &str = "默认";
pub const SCHEME_HIGH_CONTRAST: &str = "高对比（白底黑字）";
pub const SCHEME_DARK: &str = "夜间";
pub const SCHEME_YELLOW_ON_BLACK: &str = "黑底黄字";
pub const SCHEME_BLACK_ON_YELLOW: &str = "黄底黑字";
pub const SCHEME_YELLOW_ON_BLUE: &str = "蓝底黄字";
pub const SCHEME_SAMPLE: &str = "文字";
pub const LINE_HEIGHT_ELDER_FLOOR: &str = "长者模式下行距至少为“宽松”";
pub const TEXT_ONLY: &str = "纯文本";
pub const TEXT_ONLY_HINT: &str = "隐藏图片和装饰，以文字说明代替图片";
pub const TEXT_ONLY_ON: &str = "纯文本模式已开启";
pub const TEXT_ONLY_OFF: &str = "纯文本模式已关闭";
pub const IMAGE_IN_TEXT_ONLY: &str = "［图片：{alt}］";
pub const PINYIN: &str = "拼音";
pub const PINYIN_HINT: &str = "在文章的每个汉字上方标注拼音";
pub const PINYIN_ON: &str = "拼音已显示";
pub const PINYIN_OFF: &str = "拼音已隐藏";
/// The article has no readings file (a site built before 拼音 existed, or a data folder served
/// as it is), or its readings do not fit its text.
pub const PINYIN_MISSING: &str = "这篇文章暂时没有拼音。";
pub const PINYIN_FAILED: &str = "拼音没有载入：{why}";
pub const RESET_SETTINGS: &str = "恢复默认";
pub const RESET_DONE: &str = "阅读设置已全部恢复默认";
pub const UNDO: &str = "撤销";
pub const UNDO_NAME: &str = "撤销上一次设置更改";
pub const UNDO_DONE: &str = "已撤销：{changes}";
pub const UNDO_DONE_UNSEEN: &str = "已撤销上一次设置更改";
pub const NOTHING_TO_UNDO: &str = "没有可以撤销的设置更改";

pub const CHANNELS_TITLE: &str = "两微一端";
pub const CHANNELS_INTRO: &str =
    "本站的微信公众号、微博和客户端。在本机上可点“打开”或“复制链接”；要用另一部手机扫码，请点“放大二维码”。";
pub const KIND_WECHAT: &str = "微信公众号";
pub const KIND_WEIBO: &str = "微博";
pub const KIND_APP: &str = "客户端";
pub const KIND_MINI_PROGRAM: &str = "小程序";
pub const KIND_WEB: &str = "网站";
pub const CHANNEL_OPEN: &str = "打开";
pub const CHANNEL_COPY_LINK: &str = "复制链接";
pub const CHANNEL_ENLARGE: &str = "放大二维码";
pub const CHANNEL_QR_ALT: &str = "{name}（{kind}）二维码";
pub const CHANNEL_NO_LINK: &str = "暂无可用的链接和二维码。";
pub const ACCOUNT_LABEL: &str = "账号：";
pub const SEARCH_IN_WECHAT: &str = "微信搜索";
pub const SEARCH_IN_WEIBO: &str = "微博搜索";
pub const COPY_ACCOUNT: &str = "复制账号";
pub const COPIED: &str = "已复制";
pub const COPIED_LINK: &str = "已复制{name}的链接";
pub const COPIED_ACCOUNT: &str = "已复制账号“{account}”";
pub const COPY_REFUSED: &str = "浏览器不允许自动复制。内容已在下面选中，请长按或按 Ctrl+C 复制。";
pub const COPY_REFUSED_FIELD: &str = "要复制的内容";
pub const QR_DIALOG_HINT: &str = "请用另一部手机的微信“扫一扫”或相机扫描这个二维码。";
pub const CLOSE: &str = "关闭";

pub const SPEECH_RATE: &str = "语速";
pub const SPEECH_VOLUME: &str = "音量";
pub const SPEECH_VOLUMES: [&str; 4] = ["25%", "50%", "75%", "100%"];
pub const SOUND: &str = "声音";
pub const QUIETER: &str = "调小";
pub const LOUDER: &str = "调大";
pub const QUIETER_NAME: &str = "调小音量";
pub const LOUDER_NAME: &str = "调大音量";
pub const LINE_FOCUS: &str = "行聚焦";
pub const FOCUS_LINES: &str = "聚焦行数";
pub const FOCUS: &str = "聚焦";
pub const FOCUS_LINE_STEPS: [&str; 3] = ["1 行", "3 行", "5 行"];
pub const SPEECH_RATES: [&str; 7] = ["0.5 倍", "0.75 倍", "1 倍", "1.25 倍", "1.5 倍", "1.75 倍", "2 倍"];

pub const TOOLBAR_TITLE: &str = "无障碍浏览";
pub const TOOLBAR_LABEL: &str = "无障碍工具";
pub const TOOLBAR_HINT: &str = "用左右方向键在工具间移动，按 Esc 关闭。";
pub const TOOLBAR_OPENED: &str = "无障碍工具已打开";
pub const TOOLBAR_CLOSED: &str = "无障碍工具已关闭";
pub const TOOLBAR_CLOSE: &str = "关闭无障碍工具";
pub const READ_CONTINUOUS: &str = "连读";
pub const READ_CONTINUOUS_HINT: &str = "从屏幕上的第一段读起；朗读时点文章中任一段，就从那段接着读";
pub const POINT_READ: &str = "指读";
pub const PAUSE: &str = "暂停";
pub const RESUME: &str = "继续";
pub const STOP: &str = "停止";
pub const PREVIOUS_SENTENCE: &str = "上一句";
pub const NEXT_SENTENCE: &str = "下一句";
pub const SLOWER: &str = "减慢";
pub const FASTER: &str = "加快";
pub const SLOWER_NAME: &str = "减慢语速";
pub const FASTER_NAME: &str = "加快语速";
pub const VOICE: &str = "语音";
pub const VOICE_AUTOMATIC: &str = "自动选择";
pub const READING_DOCK: &str = "朗读控制";
pub const QUICK_BAR: &str = "字号和长者模式";
pub const READING_PROGRESS: &str = "正在朗读第 {n} 句，共 {total} 句";
pub const READING_PAUSED: &str = "已暂停在第 {n} 句";
pub const NO_SPEECH: &str = "这个浏览器不能朗读。请换用手机或电脑自带的浏览器，或打开系统的读屏功能。";
pub const NO_VOICE: &str = "这个浏览器没有中文语音，无法朗读。可在手机或电脑的系统设置里添加中文语音后再试。";
/// The site's speech service (`changyue speech`), to whoever asks it for what it will not say.
pub const SPEECH_SERVICE_NO_TEXT: &str = "请求里没有要朗读的句子。";
pub const SPEECH_SERVICE_NOT_PUBLISHED: &str = "只朗读本站已发布文章里的句子。";
pub const SPEECH_SERVICE_NO_ARTICLE: &str = "本站没有这篇文章。";
pub const SPEECH_SERVICE_FAILED: &str = "朗读服务出了问题，请稍后再试。";
/// The engine took a sentence and never began to say it (Firefox on a system without voices).
pub const SPEECH_SILENT: &str =
    "这个浏览器没有开始朗读，可能是没有可用的中文语音。请换用手机或电脑自带的浏览器，或打开系统的读屏功能。";
pub const SPEECH_FAILED: &str = "朗读没有成功，请再点一次“连读”。（浏览器报告：{reason}）";
pub const NOTHING_TO_READ: &str = "这一页没有可朗读的文章。";
pub const RULER: &str = "阅读尺";
pub const CROSSHAIR: &str = "十字线";
pub const LARGE_CURSOR: &str = "大鼠标";
pub const CAPTIONS: &str = "大字幕";
pub const TOOL_ON: &str = "{name}已开启";
pub const SHORTCUTS_TITLE: &str = "快捷键";
pub const SHORTCUTS_INTRO: &str =
    "同时按住 Alt 和 Shift（苹果电脑是 Option 和 Shift），再按下表中的键。在输入框里打字时快捷键不起作用。如果与电脑或读屏软件的快捷键冲突，可以在这里全部关闭。";
pub const SHORTCUTS_SWITCH: &str = "启用快捷键";
pub const SHORTCUT_KEY: &str = "按键";
pub const SHORTCUT_DOES: &str = "作用";
pub const SHORTCUT_TOOLBAR: &str = "打开或关闭无障碍工具";
pub const SHORTCUT_READ: &str = "连读；朗读时暂停或继续";
pub const SHORTCUT_STOP: &str = "停止朗读";
pub const SHORTCUT_PREVIOUS: &str = "朗读上一句";
pub const SHORTCUT_NEXT: &str = "朗读下一句";
pub const SHORTCUT_LARGER: &str = "放大字号";
pub const SHORTCUT_SMALLER: &str = "缩小字号";
pub const SHORTCUT_ELDER: &str = "开启或关闭长者模式";
pub const SHORTCUT_UNDO: &str = "撤销上一次设置更改";
pub const SHORTCUT_BANNER: &str = "跳到页头";
pub const SHORTCUT_MAIN: &str = "跳到正文";
pub const SHORTCUT_SETTINGS: &str = "跳到阅读设置";
pub const SHORTCUT_CONTENTS: &str = "跳到本文目录";
pub const SHORTCUT_CHANNELS: &str = "跳到两微一端";
pub const SHORTCUT_HELP: &str = "显示快捷键说明";
pub const CONTENTS_TITLE: &str = "本文目录";
pub const SUMMARY_TITLE: &str = "导读";

/// Said before the excerpt in 继续阅读's name; on a narrow screen the excerpt alone is shown.
pub const RESUME_OFFER_LEAD: &str = "上次读到：";
pub const RESUME_READING: &str = "继续阅读";
pub const RESUME_DISMISS: &str = "从头读";
pub const RESUME_DISMISS_NAME: &str = "从头读，不再提示";
pub const LIST_READ: &str = "已读";
pub const LIST_PROGRESS: &str = "读到 {percent}%";
pub const CLEAR_HISTORY: &str = "清除阅读记录";
pub const CLEAR_HISTORY_HINT: &str = "读到哪里只记在这台设备上，不会上传";
pub const HISTORY_CLEARED: &str = "阅读记录已清除";
pub const NO_HISTORY: &str = "还没有阅读记录";

pub const FOOTER_TOOLS: &str = "阅读辅助";
pub const FOOTER_ALLIANCE: &str = "党网联盟";
pub const FOOTER_BARRIER_FREE: &str = "无障碍浏览";
pub const FOOTER_BARRIER_FREE_HINT: &str = "朗读、阅读尺、大字幕和快捷键";
pub const ELDER_MODE: &str = "长者模式";
pub const ELDER_MODE_HINT: &str = "一键使用特大字号";
pub const FOOTER_MOBILE: &str = "手机端";
pub const FOOTER_MOBILE_NOTE: &str = "本页已适配手机，用手机浏览器直接打开本网址即可阅读。";
pub const ELDER_ON: &str = "长者模式已开启";
pub const ELDER_OFF: &str = "长者模式已关闭";

/// Fills `{name}` placeholders. Kept tiny on purpose: `format!` cannot take
/// its template from a constant, and a templating crate would cost wasm size.
pub fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in pairs {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(fill(SETTING_CHANGED, &[("setting", "字号"), ("value", "大")]), "字号已调整为 大");
        assert_eq!(
            fill(ERROR_SYNTAX, &[("line", "3"), ("column", "14")]),
            "数据文件格式已损坏（第 3 行第 14 列），无法显示。"
        );
    }

    #[test]
    fn fill_leaves_unknown_placeholders_visible() {
        assert_eq!(fill("{a}{b}", &[("a", "1")]), "1{b}");
    }
}
