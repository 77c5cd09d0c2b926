import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './client';

export const ME_KEY = ['me'] as const;

function onAnyError(e: unknown): void {
  // The session ended elsewhere (expired, logged out in another tab): show the sign-in page.
  if (isApiError(e, 'UNAUTHENTICATED')) queryClient.setQueryData(ME_KEY, null);
  // The account must change its password first: reload who we are, the shell will redirect.
  if (isApiError(e, 'PASSWORD_CHANGE_REQUIRED')) void queryClient.invalidateQueries({ queryKey: ME_KEY });
}

const transient = (e: unknown) => isApiError(e, 'NETWORK') || isApiError(e, 'SERVICE_UNAVAILABLE');

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onAnyError }),
  mutationCache: new MutationCache({ onError: onAnyError }),
  defaultOptions: {
    queries: {
      retry: (count, e) => transient(e) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
    mutations: { retry: false },
  },
});
