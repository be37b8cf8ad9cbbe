import { getStore } from '@/lib/store';
import { safeMessage } from '@/lib/store/redact';

export interface DatabaseHealth {
  kind: 'sqlite' | 'postgres';
  state: 'ok' | 'degraded';
  /** Why it is degraded, without any connection secret. */
  detail?: string;
}

/** Pings the store, giving up after `timeoutMs`: a health probe answers fast even when the database hangs. */
export async function checkDatabase(timeoutMs = 1500): Promise<DatabaseHealth> {
  let store;
  try {
    store = getStore();
  } catch (error) {
    return { kind: process.env.DATABASE_URL ? 'postgres' : 'sqlite', state: 'degraded', detail: safeMessage(error) };
  }
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      store.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { kind: store.kind, state: 'ok' };
  } catch (error) {
    return { kind: store.kind, state: 'degraded', detail: safeMessage(error) };
  } finally {
    clearTimeout(timer);
  }
}
