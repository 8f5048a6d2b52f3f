// A recording stand-in for `window.speechSynthesis` and `SpeechSynthesisUtterance`, installed
// before the app loads: headless Chromium has no voices, and its `speak` fails. (An utterance
// is replaced too because a real one takes only a real voice, which cannot be made.) It records
// what the app asked to have said (text, language, rate, volume, voice) and fires the events a real
// engine fires, when the test says. As strict as Chrome: a speak() while something is spoken waits
// behind it (so a missing cancel() shows in `nowSpeaking`), and voices may arrive late. It is the
// only test double in the suite, at the one browser boundary that cannot be real.

export const VOICES = [
  { name: '婷婷', voiceURI: 'test-zh-CN', lang: 'zh-CN', localService: true, default: true },
  { name: '美佳', voiceURI: 'test-zh-TW', lang: 'zh-TW', localService: true, default: false },
  { name: 'Samantha', voiceURI: 'test-en-US', lang: 'en-US', localService: true, default: false },
];

/** `voices`: what `getVoices()` lists; `null` removes `speechSynthesis` from the page altogether.
 *  `silent`: the engine takes utterances and never starts them, nor says why.
 *  `late`: the list is empty until `loadVoices(page)`, which fires `voiceschanged`, as Chrome lists
 *  its voices a while after start-up. */
export async function installSpeech(page, voices = VOICES, { late = false, silent = false } = {}) {
  await page.addInitScript(([voices, late, silent]) => {
    if (voices === null) {
      delete window.speechSynthesis;
      delete Window.prototype.speechSynthesis;
      return;
    }
    const record = { spoken: [], cancels: 0 };
    // As Chrome: one utterance is spoken, the others wait their turn behind it.
    let current = null;
    let queue = [];
    let cancelled = null;
    let listed = late ? [] : voices;
    class Utterance extends EventTarget {
      constructor(text = '') {
        super();
        Object.assign(this, { text, lang: '', rate: 1, pitch: 1, volume: 1, voice: null });
        Object.assign(this, { onstart: null, onend: null, onerror: null, onpause: null, onresume: null });
        Object.assign(this, { onboundary: null, onmark: null });
      }
    }
    // As a browser does: the `on…` property of an event's type is called with it.
    const fire = (target, type, extra = {}) => {
      const event = Object.assign(new Event(type), { utterance: target, ...extra });
      if (typeof target[`on${type}`] === 'function') target[`on${type}`](event);
      target.dispatchEvent(event);
    };
    // As a real engine: an utterance hears `start` as it begins to be spoken. A silent engine
    // (Firefox without a voice) takes it and never sends a thing.
    const begin = (utterance) => {
      if (utterance && !silent) setTimeout(() => { if (current === utterance) fire(utterance, 'start'); }, 0);
    };
    const next = () => {
      current = queue.shift() ?? null;
      begin(current);
    };
    window.SpeechSynthesisUtterance = Utterance;
    const engine = new EventTarget();
    Object.defineProperty(engine, 'speaking', { get: () => current !== null });
    Object.defineProperty(engine, 'pending', { get: () => queue.length > 0 });
    Object.assign(engine, {
      onvoiceschanged: null,
      paused: false,
      getVoices: () => listed,
      speak(utterance) {
        record.spoken.push({
          text: utterance.text,
          lang: utterance.lang,
          rate: utterance.rate,
          volume: utterance.volume,
          voice: utterance.voice ? utterance.voice.voiceURI : null,
        });
        if (current === null) {
          current = utterance;
          begin(utterance);
        } else queue.push(utterance);
      },
      // As Chrome does: the cancelled utterances hear of it a moment later.
      cancel() {
        record.cancels += 1;
        const gone = [current, ...queue].filter(Boolean);
        cancelled = current;
        current = null;
        queue = [];
        for (const utterance of gone) setTimeout(() => fire(utterance, 'error', { error: 'interrupted' }), 0);
      },
      pause() {},
      resume() {},
    });
    Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
    window.__speech = {
      record,
      /** What the engine is saying now (not what it was asked: a speak() without a cancel() waits). */
      speaking: () => current?.text ?? null,
      /** The engine finishes the utterance it is speaking; the next one waiting starts. */
      finish() {
        const done = current;
        next();
        if (done) fire(done, 'end');
      },
      /** A late `end` for the utterance cancelled last (engines do send them). */
      finishCancelled() {
        if (cancelled) fire(cancelled, 'end');
      },
      /** The engine refuses the utterance it is speaking (`interrupted`: someone else cancelled it). */
      fail(error) {
        const failed = current;
        next();
        if (failed) fire(failed, 'error', { error });
      },
      /** The voices arrive, as Chrome lists them after start-up. */
      loadVoices() {
        listed = voices;
        fire(engine, 'voiceschanged');
      },
    };
  }, [voices, late, silent]);
}

export const spoken = (page) => page.evaluate(() => window.__speech.record.spoken);
export const lastSpoken = async (page) => (await spoken(page)).at(-1);
export const finishSentence = (page) => page.evaluate(() => window.__speech.finish());
export const nowSpeaking = (page) => page.evaluate(() => window.__speech.speaking());
export const cancels = (page) => page.evaluate(() => window.__speech.record.cancels);

/** The text the page paints as the sentence being read, and the block marked as current. */
export async function highlighted(page) {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('changyue-sentence');
    const ranges = highlight ? [...highlight].map((r) => r.toString()) : [];
    const current = [...document.querySelectorAll('main [aria-current="true"]')].map((e) => e.tagName.toLowerCase());
    return { sentence: ranges.join(''), current };
  });
}
