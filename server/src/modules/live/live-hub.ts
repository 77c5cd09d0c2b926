import type { ServerResponse } from 'node:http';
import type { LiveState } from '@renda/shared';
import type { LiveEvent } from '../../platform/events/live-events';

/** How long ballot and attendance events are gathered before one refresh (screens update within 1 s). */
export const COALESCE_MS = 200;
const HEARTBEAT_MS = 15_000;

/**
 * Keeps this instance's server-sent-event connections, per session. Events arrive from PostgreSQL
 * LISTEN (whichever instance wrote); the hub recomputes the session's live state once and writes the
 * same bytes to every connection. Ballot and attendance events are coalesced; opening and closing are
 * pushed at once.
 */
export class LiveHub {
  private readonly clients = new Map<string, Set<ServerResponse>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly heartbeat: NodeJS.Timeout;
  private refreshing = new Map<string, Promise<void>>();

  constructor(
    private readonly compute: (sessionId: string) => Promise<LiveState | null>,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  get connectionCount(): number {
    let n = 0;
    for (const set of this.clients.values()) n += set.size;
    return n;
  }

  async subscribe(sessionId: string, res: ServerResponse): Promise<void> {
    let set = this.clients.get(sessionId);
    if (!set) {
      set = new Set();
      this.clients.set(sessionId, set);
    }
    set.add(res);
    res.on('close', () => {
      set.delete(res);
      if (!set.size) this.clients.delete(sessionId);
    });
    const state = await this.compute(sessionId);
    if (state) res.write(frame(state));
  }

  onEvent(event: LiveEvent): void {
    if (!this.clients.has(event.sessionId)) return;
    const urgent = event.kind === 'opened' || event.kind === 'closed' || event.kind === 'session';
    if (urgent) {
      const t = this.timers.get(event.sessionId);
      if (t) clearTimeout(t);
      this.timers.delete(event.sessionId);
      void this.refresh(event.sessionId);
      return;
    }
    if (this.timers.has(event.sessionId)) return;
    this.timers.set(
      event.sessionId,
      setTimeout(() => {
        this.timers.delete(event.sessionId);
        void this.refresh(event.sessionId);
      }, COALESCE_MS),
    );
  }

  /** One computation at a time per session; a refresh asked for meanwhile runs after it. */
  private async refresh(sessionId: string): Promise<void> {
    const running = this.refreshing.get(sessionId);
    const next = (running ?? Promise.resolve()).then(() => this.push(sessionId));
    this.refreshing.set(sessionId, next);
    await next;
    if (this.refreshing.get(sessionId) === next) this.refreshing.delete(sessionId);
  }

  private async push(sessionId: string): Promise<void> {
    const set = this.clients.get(sessionId);
    if (!set?.size) return;
    try {
      const state = await this.compute(sessionId);
      if (!state) return;
      const bytes = frame(state);
      for (const res of set) res.write(bytes);
    } catch (err) {
      this.onError(err);
    }
  }

  private beat(): void {
    for (const set of this.clients.values()) for (const res of set) res.write(': keep-alive\n\n');
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const t of this.timers.values()) clearTimeout(t);
    for (const set of this.clients.values()) for (const res of set) res.end();
    this.clients.clear();
  }
}

function frame(state: LiveState): string {
  return `event: state\ndata: ${JSON.stringify(state)}\n\n`;
}
