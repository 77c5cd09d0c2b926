import type { Election, ElectionRound, Nomination } from '@renda/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get } from '../../api/client';

export const electionKeys = {
  all: ['elections'] as const,
  list: (sessionId: string) => ['elections', 'session', sessionId] as const,
  nominations: (id: string) => ['elections', id, 'nominations'] as const,
  rounds: (id: string) => ['elections', id, 'rounds'] as const,
  mine: (sessionId: string) => ['elections', 'mine', sessionId] as const,
};

export const useElections = (sessionId: string) =>
  useQuery({
    queryKey: electionKeys.list(sessionId),
    queryFn: () => get<Election[]>(`/api/sessions/${sessionId}/elections`),
  });

export const useNominations = (electionId: string) =>
  useQuery({
    queryKey: electionKeys.nominations(electionId),
    queryFn: () => get<Nomination[]>(`/api/elections/${electionId}/nominations`),
  });

export const useRounds = (electionId: string, live?: unknown) =>
  useQuery({
    queryKey: [...electionKeys.rounds(electionId), live],
    queryFn: () => get<ElectionRound[]>(`/api/elections/${electionId}/rounds`),
    // a live change refetches under a new key: keep showing the rounds (and any open dialog) meanwhile
    placeholderData: keepPreviousData,
  });

export type MyElection = { round: ElectionRound | null; present: boolean; voted: boolean };

/** The round's offices with the candidates printed on its ballot. */
export type RoundOffice = ElectionRound['offices'][number];
