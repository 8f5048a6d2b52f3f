// A recording stand-in for `window.speechSynthesis` and `SpeechSynthesisUtterance`, installed
// before the app loads: headless Chromium has no voices, and its `speak` fails. (An utterance
// is replaced too because a real one takes only a real voice, which cannot be made.) It records
// what the app asked to have said (text, language, rate, volume, voice) and fires the events a real
// engine fires, when the test says. It is the only test double in the suite, at the one browser
// boundary that cannot be real.

export const VOICES = [
  { name: '婷婷', voiceURI: 'test-zh-CN', lang: 'zh-CN', localService: true, default: true },
  { name: '美佳', voiceURI: 'test-zh-TW', lang: 'zh-TW', localService: true, default: false },
  { name: 'Samantha', voiceURI: 'test-en-US', lang: 'en-US', localService: true, default: false },
];

/** `voices`: what `getVoices()` lists; `null` removes `speechSynthesis` from the page altogether. */
export async function installSpeech(page, voices = VOICES) {
  await page.addInitScript((voices) => {
    if (voices === null) {
      delete window.speechSynthesis;
      delete Window.prototype.speechSynthesis;
      return;
    }
    const record = { spoken: [], cancels: 0 };
    let current = null;
    let cancelled = null;
    class Utterance extends EventTarget {
      constructor(text = '') {
        super();
        Object.assign(this, { text, lang: '', rate: 1, pitch: 1, volume: 1, voice: null });
        Object.assign(this, { onstart: null, onend: null, onerror: null, onpause: null, onresume: null });
        Object.assign(this, { onboundary: null, onmark: null });
      }
    }
    // As a browser does: the `on…` property of an event's type is called with it.
    const fire = (utterance, type, extra = {}) => {
      const event = Object.assign(new Event(type), { utterance, ...extra });
      if (typeof utterance[`on${type}`] === 'function') utterance[`on${type}`](event);
      utterance.dispatchEvent(event);
    };
    window.SpeechSynthesisUtterance = Utterance;
    const engine = {
      onvoiceschanged: null,
      get speaking() {
        return current !== null;
      },
      pending: false,
      paused: false,
      getVoices: () => voices,
      speak(utterance) {
        record.spoken.push({
          text: utterance.text,
          lang: utterance.lang,
          rate: utterance.rate,
          volume: utterance.volume,
          voice: utterance.voice ? utterance.voice.voiceURI : null,
        });
        current = utterance;
      },
      // As Chrome does, the cancelled utterance hears of it a moment later.
      cancel() {
        record.cancels += 1;
        cancelled = current;
        current = null;
        if (cancelled) {
          const gone = cancelled;
          setTimeout(() => fire(gone, 'error', { error: 'interrupted' }), 0);
        }
      },
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
    window.__speech = {
      record,
      /** The engine finishes the utterance it is speaking. */
      finish() {
        const done = current;
        current = null;
        if (done) fire(done, 'end');
      },
      /** A late `end` for the utterance cancelled last (engines do send them). */
      finishCancelled() {
        if (cancelled) fire(cancelled, 'end');
      },
      /** The engine refuses the utterance it is speaking (`interrupted`: someone else cancelled it). */
      fail(error) {
        const failed = current;
        current = null;
        if (failed) fire(failed, 'error', { error });
      },
    };
  }, voices);
}

export const spoken = (page) => page.evaluate(() => window.__speech.record.spoken);
export const lastSpoken = async (page) => (await spoken(page)).at(-1);
export const finishSentence = (page) => page.evaluate(() => window.__speech.finish());

/** The text the page paints as the sentence being read, and the block marked as current. */
export async function highlighted(page) {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('changyue-sentence');
    const ranges = highlight ? [...highlight].map((r) => r.toString()) : [];
    const current = [...document.querySelectorAll('main [aria-current="true"]')].map((e) => e.tagName.toLowerCase());
    return { sentence: ranges.join(''), current };
  });
}
