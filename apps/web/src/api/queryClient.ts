import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@jx/contract';

// The session effects of errors (password change or second factor required, account locked) are
// applied by `call` in ./client, for query, mutation and plain calls alike.
export const queryClient = new QueryClient({
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
