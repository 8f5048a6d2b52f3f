// changyue's settings script, in every page's <head>. It puts the reader's stored settings on
// <html> before the first paint, shows them on the pre-rendered page's 字号 and 长者模式
// controls, and works those controls from the first paint: the reader who presses 大 first, on
// the slowest phone, does not wait for the app, nor lose the press if the app never starts.
//
// The build feeds it core's data in place of CHANGYUE_STARTUP (core/src/startup/mod.rs): every
// name it shares with the app, and tables made from the app's own rules (startup/tables.rs).
// It applies those tables and decides nothing of its own. ES5, for older in-app browsers.
(function (core) {
  "use strict";
  var root = document.documentElement;

  // The stored object (anything else reads as none, as Settings::from_stored reads it), or
  // null when storage cannot be read at all (disabled by the reader).
  var readStored = function (key) {
    var text;
    try { text = localStorage.getItem(key); } catch (e) { return null; }
    var value = null;
    try { value = JSON.parse(text); } catch (e) {}
    return value && typeof value === "object" && !Array.isArray(value) ? value : {};
  };
  var stored = readStored(core.settings_key) || {};
  var prefers = function (query) { return !!(window.matchMedia && window.matchMedia(query).matches); };
  var system = (prefers(core.dark_query) ? "dark" : "") + (prefers(core.more_contrast_query) ? "more" : "");
  var elderKey = function () { return stored.elder === true ? "elder" : ""; };

  // What the app puts on <html> for the stored settings (Settings::page_style).
  var applyToPage = function () {
    var contexts = { none: "", elder: elderKey(), system: system };
    core.page.forEach(function (table) {
      var context = contexts[table.context];
      var entries = table.entries[context + "|" + JSON.stringify(stored[table.field])] || table.entries[context + "|"];
      entries.forEach(function (entry) {
        if (entry[0].lastIndexOf("--", 0) === 0) root.style.setProperty(entry[0], entry[1]);
        else if (entry[1] === null) root.removeAttribute(entry[0]);
        else root.setAttribute(entry[0], entry[1]);
      });
    });
  };
  applyToPage();
  // Until the first frame, the copy's footer (below the first view) is not laid out, so that the
  // article's text paints sooner (style/footer.css); then it is, a frame later. Not for an
  // address that names a place, which may be in the footer.
  if (!location.hash && window.requestAnimationFrame) {
    root.setAttribute(core.first_frame, "");
    document.addEventListener("DOMContentLoaded", function () {
      requestAnimationFrame(function () {
        setTimeout(function () { root.removeAttribute(core.first_frame); }, 0);
      });
    });
  }
  // The 无障碍 toolbar kept open (ToolSettings::from_stored: only a stored true opens it).
  if ((readStored(core.tools_key) || {}).open === true) root.setAttribute(core.toolbar_open, "");

  var copy = function () { return document.getElementById(core.prerendered); };
  var failed = function () { return root.hasAttribute(core.failed); };
  var controls = function () {
    var states = core.controls.states;
    return states[elderKey() + "|" + JSON.stringify(stored.font_scale)] || states[elderKey() + "|"];
  };
  // What a button of the copy is to this script, if it works it (by its 字号 press or its
  // switch): [pressed, unavailable, sets, says], as startup/tables.rs documents them.
  var worked = function (button) {
    var mark = button.getAttribute(core.font_size) || button.getAttribute(core["switch"]);
    return mark ? controls().buttons[mark] : undefined;
  };
  var marked = "[" + core.font_size + "],[" + core["switch"] + "]";

  // The copy's 字号 groups and 长者模式 switches show the reader's state, as the app's do.
  var show = function () {
    var page = copy();
    if (!page) return;
    var buttons = page.querySelectorAll(marked);
    for (var i = 0; i < buttons.length; i++) {
      var shows = worked(buttons[i]);
      if (!shows) continue;
      if (shows[0] !== null) buttons[i].setAttribute("aria-pressed", String(shows[0]));
      if (shows[1] !== null) buttons[i].setAttribute("aria-disabled", String(shows[1]));
    }
    var sizes = page.querySelectorAll("[" + core.font_size_shown + "]");
    for (var s = 0; s < sizes.length; s++) {
      if (sizes[s].lastChild) sizes[s].lastChild.nodeValue = controls().shown;
    }
    // The copy shows the toolbar to a reader who keeps it open; its button says so, as the app's.
    var toggle = root.hasAttribute(core.toolbar_open) ? page.querySelector("#" + core.toolbar_toggle) : null;
    if (toggle) {
      toggle.setAttribute("aria-expanded", "true");
      toggle.setAttribute("aria-controls", core.toolbar);
    }
  };

  // The reader's place, as the app keeps it (src/reading_place.rs, core's reading_place): the
  // block at the reading line stays there with the same share of it read, and a focused
  // element that was in view stays in view.
  var readingLine = function () {
    var bar = document.querySelector(core.fixed_at_top);
    return bar ? Math.max(bar.getBoundingClientRect().bottom, 0) : 0;
  };
  var inView = function (element) {
    var rect = element.getBoundingClientRect();
    return rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight;
  };
  var findPlace = function () {
    var line = readingLine();
    var blocks = document.querySelectorAll(core.place_blocks);
    for (var i = 0; i < blocks.length; i++) {
      var rect = blocks[i].getBoundingClientRect();
      if (rect.height > 0 && rect.bottom - line > 0) return { block: blocks[i], top: rect.top - line, height: rect.height };
    }
    return null;
  };
  var keepPlace = function (place, focused) {
    var rect = place ? place.block.getBoundingClientRect() : null;
    if (rect && rect.height > 0) {
      var target = place.top < 0 ? place.top / place.height * rect.height : place.top;
      var delta = rect.top - readingLine() - target;
      if (Math.abs(delta) >= 0.5) window.scrollBy(0, delta);
    }
    if (focused && !inView(focused)) focused.scrollIntoView({ block: "nearest" });
  };

  // Said once in the copy's polite live region, as the app's LiveRegion says it: the same
  // words twice in a row must still be a change, or they are not spoken again.
  var say = function (words) {
    var page = copy();
    var region = page && page.querySelector("#" + core.announcer);
    if (region) region.textContent = region.textContent === words ? words + "\u00a0" : words;
  };

  // A press on a control this script works: applied, stored, said (unless the button's own
  // pressed state says it, or nothing changed), the place kept. The app,
  // if it has started and not yet taken over, is told, and takes the settings as they are now.
  var press = function (shows) {
    var sets = shows[2];
    if (sets) {
      var active = document.activeElement;
      var focused = active && active !== document.body && inView(active) ? active : null;
      var place = findPlace();
      stored = readStored(core.settings_key) || stored;
      stored[sets[0]] = sets[1];
      var text = JSON.stringify(stored);
      try { localStorage.setItem(core.settings_key, text); } catch (e) {}
      copy().setAttribute(core.pressed_settings, text);
      applyToPage();
      show();
      keepPlace(place, focused);
      var event;
      try { event = new Event(core.event); } catch (e) {
        event = document.createEvent("Event");
        event.initEvent(core.event, false, false);
      }
      window.dispatchEvent(event);
    }
    if (shows[3] !== null) say(core.controls.said[shows[3]]);
  };

  // Any other button of the copy only the app can work: the one pressed last is marked for the
  // app to press when it takes over, and the reader is told. A switch is marked with the state
  // the press asked for: the toolbar's show the default tools, not this reader's, and the app
  // presses it only if its state is not that one already.
  var markForApp = function (button) {
    if (failed() || button.getAttribute("aria-disabled") === "true") return;
    var earlier = document.querySelectorAll("[" + core.pressed_early + "]");
    for (var i = 0; i < earlier.length; i++) earlier[i].removeAttribute(core.pressed_early);
    var shown = button.getAttribute("aria-pressed");
    button.setAttribute(core.pressed_early, shown === null ? "" : String(shown !== "true"));
    var notice = document.getElementById(core.notice);
    if (notice) notice.textContent = core.words.early_press;
  };

  var buttonAt = function (node) {
    while (node && node.nodeName !== "BUTTON") node = node.parentNode;
    return node;
  };
  document.addEventListener("click", function (event) {
    var page = copy();
    var button = buttonAt(event.target);
    if (!page || !button || !page.contains(button)) return;
    var shows = worked(button);
    if (shows) press(shows);
    else markForApp(button);
  }, true);

  // The copy's toolbar, kept open, is one Tab stop whose arrow keys, Home and End move along its
  // tools, as the app's (src/components/barrier_free_toolbar.rs): all of them reachable at once.
  var keyMoves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: "first", End: "last" };
  document.addEventListener("keydown", function (event) {
    var move = keyMoves[event.key];
    var tools = document.getElementById(core.tools);
    var page = copy();
    if (!move || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (!tools || !page || !page.contains(tools) || !tools.contains(event.target)) return;
    var buttons = tools.querySelectorAll("button");
    var at = -1;
    for (var i = 0; i < buttons.length; i++) if (buttons[i] === buttonAt(event.target)) at = i;
    if (at < 0) return;
    var last = buttons.length - 1;
    var to = move === "first" ? 0 : move === "last" ? last : (at + move + buttons.length) % buttons.length;
    event.preventDefault();
    for (var b = 0; b < buttons.length; b++) buttons[b].setAttribute("tabindex", b === to ? "0" : "-1");
    buttons[to].focus();
  });

  // The app could not start (its loader marks <html>): the buttons only it works say they are
  // unavailable, the ones this script works go on working, and the page offers to load again.
  var markFailed = function () {
    var page = copy();
    var notice = document.getElementById(core.notice);
    if (!page || !notice) return;
    var buttons = page.querySelectorAll("button");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].removeAttribute(core.pressed_early);
      if (!worked(buttons[i])) buttons[i].setAttribute("aria-disabled", "true");
    }
    // Without the fragment: a link to this very address with one (after 跳到正文) only scrolls.
    var reload = document.createElement("a");
    reload.href = location.href.split("#")[0];
    reload.textContent = core.words.reload;
    notice.textContent = core.words.failed + " ";
    notice.appendChild(reload);
  };

  // The copy is rendered with the default settings and the toolbar closed: for a reader who has
  // stored nothing, it already shows what the app will, and nothing need be shown.
  var showsDefaults = Object.keys(stored).length === 0 && !root.hasAttribute(core.toolbar_open);
  if (window.MutationObserver) {
    // After each parser task that added nodes (a mutation observer's callbacks run before the
    // next frame) until the banner is parsed, so that its controls never paint or are read
    // showing another state; then no more, for watching the article's nodes as they are parsed
    // slows its first paint. The footer's switch is shown when the page is parsed, before it is
    // laid out (after the first frame, above).
    if (!showsDefaults) {
      var parsing = new MutationObserver(function () {
        show();
        if (document.getElementById(core.main)) parsing.disconnect();
      });
      parsing.observe(root, { childList: true, subtree: true });
      document.addEventListener("DOMContentLoaded", function () { parsing.disconnect(); show(); });
    }
    new MutationObserver(function () { if (failed()) markFailed(); })
      .observe(root, { attributes: true, attributeFilter: [core.failed] });
  } else if (!showsDefaults) document.addEventListener("DOMContentLoaded", show);
})(CHANGYUE_STARTUP);
