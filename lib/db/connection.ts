import { openDisputeDb } from './open-db';
import type { Db } from './schema';

/**
 * One shared connection per worker lifetime. It is a cache, not state: when the browser closes the connection
 * (upgrade elsewhere, storage trouble) or opening fails, the next call opens again. `onCasesWritten` is called after
 * each write to the cases through it.
 */
export function createDbConnection(
  open: typeof openDisputeDb = openDisputeDb,
  hooks: { onCasesWritten?: () => void } = {},
): () => Promise<Db> {
  let pending: Promise<Db> | undefined;
  const forget = () => {
    pending = undefined;
  };
  return () => {
    pending ??= open(undefined, undefined, { ...hooks, onClose: forget }).catch((error: unknown) => {
      forget();
      throw error;
    });
    return pending;
  };
}
