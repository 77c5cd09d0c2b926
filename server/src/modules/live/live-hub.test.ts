import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { LiveState } from '@renda/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveHub } from './live-hub';

/** A connection that keeps what is written to it. */
class Screen extends EventEmitter {
  frames: LiveState[] = [];
  destroyed = false;
  write(bytes: string): boolean {
    const data = bytes.split('\n').find((l) => l.startsWith('data: '));
    if (data) this.frames.push(JSON.parse(data.slice(6)) as LiveState);
    return true;
  }
  end(): void {}
}

const SESSION = '00000000-0000-4000-8000-000000000001';
const VOTE = '00000000-0000-4000-8000-000000000002';

function picture(ballots: number, present: number): LiveState {
  return {
    sessionId: SESSION,
    title: '第六次会议',
    body: 'congress',
    quorum: { present } as unknown as LiveState['quorum'],
    current: {
      kind: 'vote',
      id: VOTE,
      itemTitle: '决议',
      title: '决议草案',
      status: 'open',
      ballotsReceived: ballots,
      openedAt: '2026-11-23T08:00:00.000Z',
    },
    lastResult: null,
    at: '2026-11-23T08:00:00.000Z',
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const event = (kind: 'ballot' | 'attendance') => ({ jurisdictionId: 'j', sessionId: SESSION, kind }) as const;

describe('the live hub', () => {
  let hub: LiveHub | null = null;
  afterEach(() => hub?.close());

  it('on ballots alone recounts the ballots instead of computing the whole picture again', async () => {
    const db = { ballots: 0, present: 120, computed: 0, recounted: 0, open: true };
    hub = new LiveHub(
      async () => {
        db.computed += 1;
        return picture(db.ballots, db.present);
      },
      undefined,
      async () => {
        db.recounted += 1;
        return db.open ? db.ballots : null;
      },
    );
    const screen = new Screen();
    hub.subscribe(SESSION, screen as unknown as ServerResponse);
    await sleep(100);
    expect(screen.frames.at(-1)?.current?.ballotsReceived).toBe(0);
    expect(db.computed).toBe(1);

    db.ballots = 7;
    hub.onEvent(event('ballot'));
    hub.onEvent(event('ballot'));
    await sleep(350);
    expect(db).toMatchObject({ computed: 1, recounted: 1 });
    expect(screen.frames.at(-1)?.current?.ballotsReceived).toBe(7);
    // the rest of the picture is the last one computed
    expect(screen.frames.at(-1)?.quorum).toEqual({ present: 120 });

    // attendance changes more than the count: the picture is computed in full
    db.present = 121;
    db.ballots = 9;
    hub.onEvent(event('ballot'));
    hub.onEvent(event('attendance'));
    await sleep(350);
    expect(db.computed).toBe(2);
    expect(screen.frames.at(-1)).toMatchObject({ quorum: { present: 121 }, current: { ballotsReceived: 9 } });

    // the item is no longer in progress: computed in full
    db.open = false;
    hub.onEvent(event('ballot'));
    await sleep(350);
    expect(db.computed).toBe(3);
  });
});
