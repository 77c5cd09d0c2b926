import type { Action, Me } from '@renda/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { useNavigate } from 'react-router';
import { get, isApiError, post, resetCsrf } from '../../api/client';
import { ME_KEY } from '../../api/query-client';

/** Who is signed in, or null. A 401 is an answer here, not an error. */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await get<Me>('/api/auth/me');
      } catch (e) {
        if (isApiError(e, 'UNAUTHENTICATED')) return null;
        throw e;
      }
    },
    staleTime: 5 * 60_000,
  });
}

const MeContext = createContext<Me | null>(null);
export const MeProvider = MeContext.Provider;

/** The signed-in account; only for components rendered inside the authenticated part of the app. */
export function useCurrentUser(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useCurrentUser outside an authenticated route');
  return me;
}

/** Whether the signed-in account may do `action`, as the server reported in `abilities`. */
export function useCan(action: Action): boolean {
  return useCurrentUser().abilities.includes(action);
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => post<{ ok: true }>('/api/auth/logout'),
    onSettled: () => {
      resetCsrf();
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
      navigate('/login', { replace: true });
    },
  });
}
