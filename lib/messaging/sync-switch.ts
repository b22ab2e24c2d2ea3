import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SyncView } from './protocol';
import { sendToWorker } from './client';

const STORAGE = { permissions: ['storage' as const] };

/** Firefox grants storage at install (it cannot be optional there): nothing to ask or give back. */
function storageIsOptional(): boolean {
  return (browser.runtime.getManifest().optional_permissions ?? []).includes('storage');
}

export interface SyncSwitch {
  /** Undefined until the worker answered. */
  view?: SyncView;
  /** The browser refused the permission the last time the buyer turned sync on. */
  denied: boolean;
  busy: boolean;
  toggle: () => void;
}

/**
 * Sync's switch on the options page. Turning on asks the browser for its sync storage first thing in the click (the
 * browser allows the question only there), then tells the worker; turning off tells the worker, then gives the
 * permission back.
 */
export function useSyncSwitch(): SyncSwitch {
  const [view, setView] = useState<SyncView>();
  const [denied, setDenied] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void sendToWorker({ type: 'sync-setting' }).then((reply) => reply.ok && setView(reply.result));
  }, []);

  const toggle = useCallback(() => {
    if (!view || busy) return;
    const turningOn = !view.on;
    const asked = storageIsOptional();
    const allowed =
      turningOn && asked ? browser.permissions.request(STORAGE).catch(() => false) : Promise.resolve(true);
    setBusy(true);
    void (async () => {
      const granted = await allowed;
      setDenied(!granted);
      if (granted) {
        const reply = await sendToWorker({ type: 'sync-setting', on: turningOn });
        if (reply.ok) setView(reply.result);
        if (reply.ok && !turningOn && asked) await browser.permissions.remove(STORAGE).catch(() => false);
      }
      setBusy(false);
    })();
  }, [view, busy]);

  return { ...(view && { view }), denied, busy, toggle };
}
