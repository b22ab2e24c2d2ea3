/**
 * Runs in every document of every arm before its own scripts (as a string: tsx would inject helpers into a
 * function), in the page and in any frame, the extension's panel frame included. It records long tasks, when the
 * panel's host element `<dispute-helper>` is connected, and when the panel first has a size: inside the host's
 * shadow root when that root is open, or, in the extension-origin frame `…/panel.html`, inside that frame (a
 * closed root hides the frame from the page, not from this probe). Its cost is the same in all arms.
 */
export const PAGE_PROBE_SCRIPT = `(() => {
  const probe = { longTasks: 0, hostAt: null, panelVisibleAt: null, panelVisibleEpoch: null };
  Object.defineProperty(window, '__pageProbe', { value: probe });
  try {
    new PerformanceObserver((list) => { probe.longTasks += list.getEntries().length; })
      .observe({ type: 'longtask', buffered: true });
  } catch (error) {}
  const inPanelFrame = location.protocol === 'chrome-extension:' && /\\/panel\\.html$/.test(location.pathname);
  const hasSize = (element) => Boolean(element) && element.getBoundingClientRect().width > 0;
  const seen = () => {
    probe.panelVisibleAt = performance.now();
    probe.panelVisibleEpoch = performance.timeOrigin + probe.panelVisibleAt;
    observer.disconnect();
  };
  let shadowWatched = false;
  const check = () => {
    if (probe.panelVisibleAt !== null) return;
    if (inPanelFrame) {
      if (hasSize(document.querySelector('[data-testid="panel"]'))) seen();
      return;
    }
    const host = document.querySelector('dispute-helper');
    if (!host || !host.isConnected) return;
    if (probe.hostAt === null) probe.hostAt = performance.now();
    const root = host.shadowRoot;
    if (!root) return;
    if (!shadowWatched) { shadowWatched = true; observer.observe(root, { childList: true, subtree: true }); }
    if (hasSize(root.querySelector('[data-testid="panel"]'))) seen();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: inPanelFrame });
  if (inPanelFrame) addEventListener('load', check);
})()`;

export interface ProbeReading {
  loadEventEnd: number;
  longTasks: number;
  hostAt: number | null;
  panelVisibleAt: number | null;
  panelVisibleEpoch: number | null;
  timeOrigin: number;
  now: number;
}

export const READ_PROBE = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const probe = window.__pageProbe || {};
  return {
    loadEventEnd: nav ? nav.loadEventEnd : NaN,
    longTasks: probe.longTasks ?? 0,
    hostAt: probe.hostAt ?? null,
    panelVisibleAt: probe.panelVisibleAt ?? null,
    panelVisibleEpoch: probe.panelVisibleEpoch ?? null,
    timeOrigin: performance.timeOrigin,
    now: performance.now(),
  };
})()`;

/** Times one message from an extension page to the worker, which opens IndexedDB and reads the records. */
export const TIME_WORKER_ROUND_TRIP = `(async () => {
  const started = performance.now();
  const reply = await chrome.runtime.sendMessage({ type: 'list-records' });
  return { ms: performance.now() - started, ok: Boolean(reply && reply.ok) };
})()`;
