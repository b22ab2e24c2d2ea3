/**
 * Runs in every page of every arm before the page's own scripts (as a string: tsx would inject helpers into a
 * function). It records long tasks and the moment the panel first has a size. Its cost is the same in all arms;
 * it only does work when the panel host appears.
 */
export const PAGE_PROBE_SCRIPT = `(() => {
  const probe = { longTasks: 0, panelVisibleAt: null };
  Object.defineProperty(window, '__pageProbe', { value: probe });
  try {
    new PerformanceObserver((list) => { probe.longTasks += list.getEntries().length; })
      .observe({ type: 'longtask', buffered: true });
  } catch (error) {}
  let shadowWatched = false;
  const check = () => {
    const host = document.querySelector('dispute-helper');
    const root = host && host.shadowRoot;
    if (!root) return;
    if (!shadowWatched) { shadowWatched = true; observer.observe(root, { childList: true, subtree: true }); }
    const panel = root.querySelector('[data-testid="panel"]');
    if (panel && panel.getBoundingClientRect().width > 0) {
      probe.panelVisibleAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
})()`;

export const READ_PROBE = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    loadEventEnd: nav.loadEventEnd,
    longTasks: window.__pageProbe.longTasks,
    panelVisibleAt: window.__pageProbe.panelVisibleAt,
    now: performance.now(),
  };
})()`;

export const PANEL_VISIBLE = `window.__pageProbe.panelVisibleAt !== null`;

/** Times one message from an extension page to the worker, which opens IndexedDB and reads the records. */
export const TIME_WORKER_ROUND_TRIP = `(async () => {
  const started = performance.now();
  const reply = await chrome.runtime.sendMessage({ type: 'list-records' });
  return { ms: performance.now() - started, ok: Boolean(reply && reply.ok) };
})()`;
