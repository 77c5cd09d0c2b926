import { AppError } from '@renda/shared';
import { describe, expect, it } from 'vitest';
import { GroupCommit, type Outcome } from './group-commit';

/** A writer that records each batch and waits for the test to let it finish. */
function recorder(
  answer: (item: number) => Outcome<string> | 'throw' = (n) => ({ ok: true, value: `v${n}` }),
) {
  const batches: number[][] = [];
  const gates: (() => void)[] = [];
  const write = async (_key: string, items: number[]) => {
    batches.push(items);
    await new Promise<void>((resolve) => gates.push(resolve));
    const answers = items.map(answer);
    if (answers.includes('throw')) throw new Error('connection lost');
    return answers as Outcome<string>[];
  };
  const release = async () => {
    while (!gates.length) await new Promise((r) => setImmediate(r));
    gates.shift()?.();
  };
  return { batches, write, release };
}

const settled = async <T>(ps: Promise<T>[]) => {
  const states = ps.map(() => 'pending');
  ps.forEach((p, i) => {
    p.then(
      () => {
        states[i] = 'resolved';
      },
      () => {
        states[i] = 'rejected';
      },
    );
  });
  await new Promise((r) => setImmediate(r));
  return states;
};

describe('group commit', () => {
  it('writes what arrives together in one batch, and what arrives meanwhile in the next', async () => {
    const r = recorder();
    const g = new GroupCommit<number, string>(r.write);
    const first = [1, 2, 3].map((n) => g.submit('vote', n));
    while (!r.batches.length) await new Promise((res) => setImmediate(res));
    const second = [4, 5].map((n) => g.submit('vote', n));
    // nobody is answered before their batch's write has finished (committed)
    expect(await settled([...first, ...second])).toEqual(Array(5).fill('pending'));
    await r.release();
    expect(await Promise.all(first)).toEqual(['v1', 'v2', 'v3']);
    expect(await settled(second)).toEqual(['pending', 'pending']);
    await r.release();
    expect(await Promise.all(second)).toEqual(['v4', 'v5']);
    expect(r.batches).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it('keeps keys apart and batches no more than the maximum', async () => {
    const r = recorder();
    const g = new GroupCommit<number, string>(r.write, 2);
    const all = [g.submit('a', 1), g.submit('b', 2), g.submit('a', 3), g.submit('a', 4)];
    for (let i = 0; i < 3; i++) await r.release();
    await Promise.all(all);
    expect(r.batches).toEqual([[1, 3], [2], [4]]);
  });

  it('gives each member its own refusal', async () => {
    const r = recorder((n) =>
      n === 2 ? { ok: false, error: new AppError('NOT_PRESENT') } : { ok: true, value: `v${n}` },
    );
    const g = new GroupCommit<number, string>(r.write);
    const all = [1, 2, 3].map((n) => g.submit('vote', n));
    await r.release();
    await expect(all[1]).rejects.toMatchObject({ code: 'NOT_PRESENT' });
    expect(await all[0]).toBe('v1');
    expect(await all[2]).toBe('v3');
  });

  it('refuses the whole batch when the refusal concerns them all', async () => {
    const g = new GroupCommit<number, string>(async () => {
      throw new AppError('VOTING_CLOSED');
    });
    const all = [1, 2, 3].map((n) => g.submit('vote', n));
    for (const p of all) await expect(p).rejects.toMatchObject({ code: 'VOTING_CLOSED' });
  });

  it('writes each member again alone when a batch fails unexpectedly, so one member cannot sink the others', async () => {
    const batches: number[][] = [];
    const g = new GroupCommit<number, string>(async (_key, items) => {
      batches.push(items);
      if (items.includes(2)) throw new Error('duplicate key value violates unique constraint');
      return items.map((n) => ({ ok: true as const, value: `v${n}` }));
    });
    const all = [1, 2, 3].map((n) => g.submit('vote', n));
    expect(await all[0]).toBe('v1');
    await expect(all[1]).rejects.toThrow('duplicate key');
    expect(await all[2]).toBe('v3');
    expect(batches).toEqual([[1, 2, 3], [1], [2], [3]]);
  });
});
