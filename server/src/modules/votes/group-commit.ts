import { AppError } from '@renda/shared';

/** What one member of a batch gets: its value, or its own refusal. */
export type Outcome<R> = { ok: true; value: R } | { ok: false; error: AppError };

interface Waiting<I, R> {
  item: I;
  resolve: (value: R) => void;
  reject: (err: unknown) => void;
}

interface Lane<I, R> {
  queue: Waiting<I, R>[];
  running: boolean;
}

/**
 * Group commit: requests for the same key that arrive while that key's batch is being written wait and
 * are written together in the next batch, one transaction for all of them. An idle key starts a batch at
 * once (after the current turn of the event loop, so requests that arrived together go together), so a
 * lone request waits for nothing; under load the batches grow by themselves.
 *
 * `write(key, items)` runs one transaction and answers each item in order; it resolves only after the
 * commit, so nobody is answered for a write that did not commit. If it throws an AppError, that refusal
 * concerns the whole batch (the vote is closed) and every member gets it. If it throws anything else
 * (a broken connection, a deadlock, a rare key collision), no member is answered from it: each is
 * written again alone, so one member's trouble neither blocks nor changes the others.
 */
export class GroupCommit<I, R> {
  private readonly lanes = new Map<string, Lane<I, R>>();

  constructor(
    private readonly write: (key: string, items: I[]) => Promise<Outcome<R>[]>,
    private readonly maxBatch = 200,
  ) {}

  submit(key: string, item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let lane = this.lanes.get(key);
      if (!lane) {
        lane = { queue: [], running: false };
        this.lanes.set(key, lane);
      }
      lane.queue.push({ item, resolve, reject });
      if (!lane.running) {
        lane.running = true;
        setImmediate(() => void this.drain(key, lane));
      }
    });
  }

  private async drain(key: string, lane: Lane<I, R>): Promise<void> {
    while (lane.queue.length) {
      const batch = lane.queue.splice(0, this.maxBatch);
      await this.run(key, batch);
    }
    lane.running = false;
    this.lanes.delete(key);
  }

  private async run(key: string, batch: Waiting<I, R>[]): Promise<void> {
    let outcomes: Outcome<R>[];
    try {
      outcomes = await this.write(
        key,
        batch.map((w) => w.item),
      );
    } catch (err) {
      if (err instanceof AppError || batch.length === 1) {
        for (const w of batch) w.reject(err);
        return;
      }
      for (const w of batch) await this.run(key, [w]);
      return;
    }
    batch.forEach((w, i) => {
      const o = outcomes[i];
      if (!o) w.reject(new Error('group commit: no outcome for a batch member'));
      else if (o.ok) w.resolve(o.value);
      else w.reject(o.error);
    });
  }
}
