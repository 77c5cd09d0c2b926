import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database';

/** The PostgreSQL channel that carries "something changed in this session" between instances. */
export const LIVE_CHANNEL = 'renda_live';

export type LiveEventKind = 'attendance' | 'ballot' | 'opened' | 'closed' | 'session';

export interface LiveEvent {
  jurisdictionId: string;
  sessionId: string;
  kind: LiveEventKind;
}

/**
 * Queue an event inside the caller's transaction: PostgreSQL delivers it to every listening instance
 * only if and when the transaction commits, so a screen never shows a change that was rolled back.
 * The payload names the session, never a choice.
 */
export async function notifyLive(tx: DbOrTx, event: LiveEvent): Promise<void> {
  await tx.execute(liveNotification(event));
}

/** The statement `notifyLive` runs, for a caller that appends it to a statement of its own. */
export function liveNotification(event: LiveEvent): SQL {
  return sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(event)})`;
}

export function parseLiveEvent(payload: string): LiveEvent | null {
  try {
    const e = JSON.parse(payload) as Partial<LiveEvent>;
    if (typeof e.sessionId === 'string' && typeof e.jurisdictionId === 'string' && typeof e.kind === 'string')
      return e as LiveEvent;
  } catch {
    // not ours
  }
  return null;
}
