import type { ServerResponse } from 'node:http';
import type { LiveState } from '@renda/shared';
import type { LiveEvent } from '../../platform/events/live-events';

/** How long ballot and attendance events are gathered before one refresh (screens update within 1 s). */
export const COALESCE_MS = 200;
/**
 * With many connections a refresh costs more (one write per connection: some 50 ms for 3,000 screens),
 * so the gathering window grows to ten times the last refresh's cost, up to this: screens still update
 * within a second, and refreshing them takes about a tenth of the server's time at most.
 */
export const MAX_COALESCE_MS = 1000;
const HEARTBEAT_MS = 15_000;
/**
 * How long a new connection waits for its first frame, gathering those that arrive meanwhile. A busy
 * event loop accepts one connection per turn, so without it a hall's phones reconnecting at once would
 * each cost a whole computation.
 */
const WELCOME_MS = 50;
/** How many connections are written to in one turn of the event loop. */
const WRITE_SLICE = 250;

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
  /** Connections still waiting for their first frame, and the sessions with a first frame queued. */
  private readonly newcomers = new Map<string, Set<ServerResponse>>();
  private readonly welcoming = new Set<string>();
  /** Sessions whose state has been computed: they exist (sessions are never deleted). */
  private readonly known = new Set<string>();
  /** What the last refresh of every connection of a session cost, in ms (computing and writing). */
  private readonly cost = new Map<string, number>();
  /** The last state computed in full, per session, and the sessions whose next refresh must be in full. */
  private readonly last = new Map<string, LiveState>();
  private readonly full = new Set<string>();

  /**
   * `recount`, when given, answers how many ballots the item in progress has received, or null when it
   * is no longer in progress: a refresh caused by ballots alone then patches that one number into the
   * last state instead of computing everything again (during a plenary vote, refreshes are nearly all
   * ballots, and the full picture reads attendance, quorum and results each time).
   */
  constructor(
    private readonly compute: (sessionId: string) => Promise<LiveState | null>,
    private readonly onError: (err: unknown) => void = () => undefined,
    private readonly recount?: (current: NonNullable<LiveState['current']>) => Promise<number | null>,
  ) {
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** True when this session's state was computed before, so it exists without asking the database. */
  knows(sessionId: string): boolean {
    return this.known.has(sessionId);
  }

  get connectionCount(): number {
    let n = 0;
    for (const set of this.clients.values()) n += set.size;
    return n;
  }

  /**
   * Adds a connection and sends it the current state. Connections that arrive together (a hall's
   * phones reconnecting at once) share one computation; each joins only a computation that starts after
   * it was added, so no change committed before it subscribed can be missing from its first frame.
   */
  subscribe(sessionId: string, res: ServerResponse): void {
    let set = this.clients.get(sessionId);
    if (!set) {
      set = new Set();
      this.clients.set(sessionId, set);
    }
    set.add(res);
    let fresh = this.newcomers.get(sessionId);
    if (!fresh) {
      fresh = new Set();
      this.newcomers.set(sessionId, fresh);
    }
    fresh.add(res);
    res.on('close', () => {
      set.delete(res);
      if (!set.size) {
        this.clients.delete(sessionId);
        this.cost.delete(sessionId);
        this.last.delete(sessionId);
      }
      this.newcomers.get(sessionId)?.delete(res);
    });
    if (!this.welcoming.has(sessionId)) {
      this.welcoming.add(sessionId);
      setTimeout(() => void this.refresh(sessionId, 'newcomers'), WELCOME_MS);
    }
  }

  onEvent(event: LiveEvent): void {
    if (!this.clients.has(event.sessionId)) return;
    const urgent = event.kind === 'opened' || event.kind === 'closed' || event.kind === 'session';
    if (urgent) {
      const t = this.timers.get(event.sessionId);
      if (t) clearTimeout(t);
      this.timers.delete(event.sessionId);
      this.full.add(event.sessionId);
      void this.refresh(event.sessionId, 'all');
      return;
    }
    if (event.kind !== 'ballot') this.full.add(event.sessionId);
    if (this.timers.has(event.sessionId)) return;
    const wait = Math.min(MAX_COALESCE_MS, Math.max(COALESCE_MS, 10 * (this.cost.get(event.sessionId) ?? 0)));
    this.timers.set(
      event.sessionId,
      setTimeout(() => {
        this.timers.delete(event.sessionId);
        void this.refresh(event.sessionId, 'all');
      }, wait),
    );
  }

  /** One computation at a time per session; a refresh asked for meanwhile runs after it. */
  private async refresh(sessionId: string, scope: 'all' | 'newcomers'): Promise<void> {
    const running = this.refreshing.get(sessionId);
    const next = (running ?? Promise.resolve()).then(() => this.push(sessionId, scope));
    this.refreshing.set(sessionId, next);
    await next;
    if (this.refreshing.get(sessionId) === next) this.refreshing.delete(sessionId);
  }

  /** Computes the state now and writes it to every connection, or only to those waiting for a first frame. */
  private async push(sessionId: string, scope: 'all' | 'newcomers'): Promise<void> {
    if (scope === 'newcomers') this.welcoming.delete(sessionId);
    // whoever is waiting now is served by this computation, which starts after they subscribed
    const fresh = this.newcomers.get(sessionId);
    this.newcomers.delete(sessionId);
    const targets = scope === 'all' ? this.clients.get(sessionId) : fresh;
    if (!targets?.size) return;
    const started = performance.now();
    try {
      const state = await this.state(sessionId, scope);
      if (!state) return;
      this.known.add(sessionId);
      const bytes = frame(state);
      await writeAll([...targets], bytes);
      // the sockets are written after this turn of the event loop: measure once they have been
      if (scope === 'all')
        setImmediate(() => {
          if (this.clients.has(sessionId)) this.cost.set(sessionId, performance.now() - started);
        });
    } catch (err) {
      this.onError(err);
    }
  }

  /** The state to send: in full, or the last one with its ballot count brought up to date. */
  private async state(sessionId: string, scope: 'all' | 'newcomers'): Promise<LiveState | null> {
    const prev = this.last.get(sessionId);
    const inFull = scope === 'newcomers' || this.full.has(sessionId) || !prev?.current || !this.recount;
    if (scope === 'all') this.full.delete(sessionId);
    if (!inFull && prev?.current && this.recount) {
      const n = await this.recount(prev.current);
      if (n !== null) {
        const state = {
          ...prev,
          current: { ...prev.current, ballotsReceived: n },
          at: new Date().toISOString(),
        };
        this.last.set(sessionId, state);
        return state;
      }
    }
    const state = await this.compute(sessionId);
    if (state && this.clients.has(sessionId)) this.last.set(sessionId, state);
    return state;
  }

  private beat(): void {
    for (const set of this.clients.values()) void writeAll([...set], ': keep-alive\n\n');
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const t of this.timers.values()) clearTimeout(t);
    for (const set of this.clients.values()) for (const res of set) res.end();
    this.clients.clear();
    this.newcomers.clear();
    this.cost.clear();
    this.last.clear();
  }
}

/**
 * Writes to every connection in slices, letting requests through in between: thousands of writes at
 * once would hold the server still for tens of milliseconds.
 */
async function writeAll(targets: ServerResponse[], bytes: string): Promise<void> {
  for (let i = 0; i < targets.length; i += WRITE_SLICE) {
    if (i) await new Promise((resolve) => setImmediate(resolve));
    for (const res of targets.slice(i, i + WRITE_SLICE)) if (!res.destroyed) res.write(bytes);
  }
}

function frame(state: LiveState): string {
  return `event: state\ndata: ${JSON.stringify(state)}\n\n`;
}
