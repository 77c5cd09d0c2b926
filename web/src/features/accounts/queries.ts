import type { Account } from '@renda/shared';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../api/client';
import { useCan } from '../auth/session';

export const accountKeys = { list: ['accounts'] as const };

export const useAccounts = (enabled = true) =>
  useQuery({ queryKey: accountKeys.list, queryFn: () => get<Account[]>('/api/accounts'), enabled });

/** Account id → display name, for readers who may list accounts; empty for everyone else. */
export function useAccountNames(): Map<string, string> {
  const accounts = useAccounts(useCan('accounts.read'));
  return new Map((accounts.data ?? []).map((a) => [a.id, a.displayName]));
}
