// changyue's loader, the page's one module script (loader-<hash>.js, loaded with integrity). The
// data the page needs is preloaded beside the wasm (the app's fetches use these downloads), then
// the app starts, then the service worker is registered for offline use. The build feeds it
// core's data in place of its one free name (core/src/startup/mod.rs): the routes and data
// files of core's paths, the app's files as Trunk named them, and the wasm's integrity.
const app = CHANGYUE_LOADER;
const data = [app.site_file];
const article = location.pathname.match(new RegExp(app.article_route));
if (article) data.push(app.article_file.replace('{}', article[1]));
else {
  // A list page's own data file: the first at /, the others at /page/<n>.
  const list = location.pathname === '/' ? ['', '1'] : location.pathname.match(new RegExp(app.list_route));
  if (list) data.push(app.list_file.replace('{}', list[1]));
}
for (const href of data) {
  const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href });
  document.head.append(link);
}
try {
  // Low priority, as its preload: the pre-rendered text paints from the HTML and the stylesheet
  // alone, which must not share the reader's slow link with the app's wasm.
  const wasm = fetch(app.wasm, { integrity: app.wasm_integrity, priority: 'low' });
  const { default: init } = await import(app.glue);
  await init({ module_or_path: wasm });
} catch (error) {
  // The pre-rendered copy's settings script then says so, with 重新加载, and marks the buttons
  // only the app works unavailable; a page without a copy (index.html) shows its "check the
  // network" line at once (start-up.css).
  document.documentElement.setAttribute(app.failed, '');
  throw error;
}
// Data fetched before the worker took over is handed to it, so this very article is kept.
navigator.serviceWorker?.register(app.service_worker).then(() => navigator.serviceWorker.ready).then((registration) => {
  const used = performance.getEntriesByType('resource').map((e) => new URL(e.name))
    .filter((u) => u.origin === location.origin && u.pathname.startsWith(app.data_folder)).map((u) => u.pathname);
  registration.active?.postMessage({ keep: [...new Set(used)] });
}).catch(() => {});
