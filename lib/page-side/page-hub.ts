import type { Verdict } from '../model/vocab';
import type { FormCheck } from '../messaging/panel-channel';
import type { PageDomResult, PageReadResult } from '../messaging/protocol';

/** What features tell each other on one page. */
export interface PageEvents {
  /** A report to the worker came back: the page's facts as they now stand. `listed` counts order cards read. */
  read: { result: PageReadResult; listed: number };
  /** The order list was read: its cards and, from the same answer, the dispute state of each. */
  'orders-listed': { cards: ReadonlyArray<{ orderId: string; element: Element }>; answer: PageDomResult };
  /** The buyer asked for the dispute check (panel button or the button next to the form's own). */
  'check-requested': undefined;
  /** The dispute form as the panel should know it: none, found, or a draft to check. */
  check: FormCheck;
  /** The panel frame checked the draft `id`. */
  'check-verdict': { id: number; verdict: Verdict };
}

type Listener<K extends keyof PageEvents> = (payload: PageEvents[K]) => void;

export interface PageHub {
  emit: <K extends keyof PageEvents>(type: K, payload: PageEvents[K]) => void;
  /** Listens until `signal` aborts. A listener that throws is logged and does not stop the others. */
  on: <K extends keyof PageEvents>(type: K, listener: Listener<K>, signal: AbortSignal) => void;
}

export function createPageHub(): PageHub {
  const listeners = new Map<keyof PageEvents, Set<Listener<never>>>();
  return {
    emit(type, payload) {
      for (const listener of [...(listeners.get(type) ?? [])]) {
        try {
          (listener as Listener<typeof type>)(payload);
        } catch (error) {
          console.debug('[dispute-helper]', type, error);
        }
      }
    },
    on(type, listener, signal) {
      if (signal.aborted) return;
      const set = listeners.get(type) ?? new Set();
      listeners.set(type, set);
      set.add(listener as Listener<never>);
      signal.addEventListener('abort', () => set.delete(listener as Listener<never>), { once: true });
    },
  };
}
