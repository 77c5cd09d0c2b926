import { expect } from 'vitest';
import type { TestClient } from './client';

/** A one-day session of the fixture's term, created by the office and moved to `status`. */
export async function startSession(
  admin: TestClient,
  termId: string,
  body: 'congress' | 'standing_committee',
  number: number,
  status = 'in_progress',
): Promise<{ id: string; title: string }> {
  const s = await admin.post('/api/sessions', {
    body,
    termId,
    number,
    kind: 'regular',
    startDate: '2026-11-23',
    endDate: '2026-11-23',
  });
  expect(s.statusCode, s.body).toBe(200);
  const started = await admin.patch(`/api/sessions/${s.json().id}`, { status, version: 1 });
  expect(started.statusCode, started.body).toBe(200);
  return s.json() as { id: string; title: string };
}
