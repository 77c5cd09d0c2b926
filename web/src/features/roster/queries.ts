import type { Delegation, Deputy, DeputyStatus, Page, ScMember, Term, Unit, UnitKind } from '@renda/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get, withQuery } from '../../api/client';

export interface RosterSummary {
  deputiesInOffice: number;
  deputiesByStatus: Record<string, number>;
  deputiesByDelegation: { name: string; count: number }[];
  deputiesByGender: Record<string, number>;
  units: number;
  standingCommitteeMembers: number;
}

export interface DeputyQuery {
  page: number;
  pageSize: number;
  q?: string;
  termId?: string;
  delegationId?: string;
  status?: DeputyStatus;
  gender?: 'male' | 'female';
}

export interface UnitQuery {
  page: number;
  pageSize: number;
  q?: string;
  kind?: UnitKind;
}

export const rosterKeys = {
  all: ['roster'] as const,
  terms: ['roster', 'terms'] as const,
  delegations: (termId?: string) => ['roster', 'delegations', termId ?? null] as const,
  deputies: (q: DeputyQuery) => ['roster', 'deputies', q] as const,
  deputy: (id: string) => ['roster', 'deputy', id] as const,
  units: (q: UnitQuery) => ['roster', 'units', q] as const,
  unit: (id: string) => ['roster', 'unit', id] as const,
  sc: (termId?: string) => ['roster', 'sc', termId ?? null] as const,
  summary: ['roster', 'summary'] as const,
};

export const useTerms = () =>
  useQuery({ queryKey: rosterKeys.terms, queryFn: () => get<Term[]>('/api/terms') });

/** The term to show by default: the one still running, else the latest. */
export function currentTerm(terms: Term[] | undefined): Term | undefined {
  if (!terms?.length) return undefined;
  const sorted = [...terms].sort((a, b) => b.number - a.number);
  return sorted.find((t) => !t.endDate) ?? sorted[0];
}

export const useDelegations = (termId?: string, enabled = true) =>
  useQuery({
    queryKey: rosterKeys.delegations(termId),
    queryFn: () => get<Delegation[]>(withQuery('/api/delegations', { termId })),
    enabled,
  });

export const useDeputies = (q: DeputyQuery) =>
  useQuery({
    queryKey: rosterKeys.deputies(q),
    queryFn: () => get<Page<Deputy>>(withQuery('/api/deputies', { ...q })),
    placeholderData: keepPreviousData,
  });

export const useDeputy = (id: string | undefined) =>
  useQuery({
    queryKey: rosterKeys.deputy(id ?? ''),
    queryFn: () => get<Deputy>(`/api/deputies/${encodeURIComponent(id ?? '')}`),
    enabled: !!id,
  });

export const useUnits = (q: UnitQuery) =>
  useQuery({
    queryKey: rosterKeys.units(q),
    queryFn: () => get<Page<Unit>>(withQuery('/api/units', { ...q })),
    placeholderData: keepPreviousData,
  });

export const useUnit = (id: string | null | undefined) =>
  useQuery({
    queryKey: rosterKeys.unit(id ?? ''),
    queryFn: () => get<Unit>(`/api/units/${encodeURIComponent(id ?? '')}`),
    enabled: !!id,
  });

export const useScMembers = (termId: string | undefined) =>
  useQuery({
    queryKey: rosterKeys.sc(termId),
    queryFn: () => get<ScMember[]>(withQuery('/api/standing-committee', { termId })),
    enabled: !!termId,
  });

export const useRosterSummary = () =>
  useQuery({ queryKey: rosterKeys.summary, queryFn: () => get<RosterSummary>('/api/roster/summary') });
