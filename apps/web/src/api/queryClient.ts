import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '@jx/contract';
import { sessionStore } from '../auth/session';

function onAnyError(error: unknown) {
  if (error instanceof ApiError && error.code === 'PASSWORD_CHANGE_REQUIRED') sessionStore.requirePasswordChange();
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onAnyError }),
  mutationCache: new MutationCache({ onError: onAnyError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not get better by asking again; network errors and 5xx get two more tries.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
    mutations: { retry: false },
  },
});
