import type { AgendaItem, AttendanceRow, LeaveRequest, LiveState, Session, Vote } from '@renda/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { get } from '../../api/client';

export type { AttendanceRow, LeaveRequest };
export type MyAttendance = { status: AttendanceRow['status']; leave: LeaveRequest[] };
export type MyVote = { vote: Vote | null; present: boolean; voted: boolean };
export type Choice = 'yes' | 'no' | 'abstain';
export const CHOICES: Choice[] = ['yes', 'no', 'abstain'];

export const sessionKeys = {
  list: ['sessions'] as const,
  agenda: (id: string) => ['sessions', id, 'agenda'] as const,
  myVote: (id: string) => ['sessions', id, 'my-vote'] as const,
  myAttendance: (id: string) => ['sessions', id, 'my-attendance'] as const,
  attendance: (id: string) => ['sessions', id, 'attendance'] as const,
};

export const useSessions = () =>
  useQuery({ queryKey: sessionKeys.list, queryFn: () => get<Session[]>('/api/sessions') });

export const useAgenda = (id: string | undefined) =>
  useQuery({
    queryKey: sessionKeys.agenda(id ?? ''),
    queryFn: () => get<AgendaItem[]>(`/api/sessions/${id}/agenda`),
    enabled: !!id,
  });

/** The session to show by default: the one in progress, else the latest. */
export function currentSession(list: Session[] | undefined): Session | undefined {
  return list?.find((s) => s.status === 'in_progress') ?? list?.[0];
}

/** The public live state: first read once, then kept fresh by the server-sent event stream. */
export function useLiveState(sessionId: string | undefined): [LiveState | undefined, () => void] {
  const [state, setState] = useState<LiveState>();
  const [nonce, setNonce] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new nonce reads the state again and reconnects
  useEffect(() => {
    if (!sessionId) return;
    let stale = false;
    fetch(`/api/sessions/${sessionId}/live-state`)
      .then((r) => (r.ok ? (r.json() as Promise<LiveState>) : undefined))
      .then((s) => {
        if (s && !stale) setState((prev) => (prev && prev.at > s.at ? prev : s));
      })
      .catch(() => undefined);
    const source = new EventSource(`/api/sessions/${sessionId}/live`);
    source.addEventListener('state', (e) => {
      const s = JSON.parse((e as MessageEvent<string>).data) as LiveState;
      if (!stale) setState(s);
    });
    return () => {
      stale = true;
      source.close();
    };
  }, [sessionId, nonce]);
  return [state, () => setNonce((n) => n + 1)];
}
