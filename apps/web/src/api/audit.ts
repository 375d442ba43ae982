import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { listAuditEvents, listAuditorAccountEvents, listLoginEvents, verifyAudit } from '@jx/contract';
import { call, type QueryInput } from './client';
import { auditKeys } from './keys';

export function useAuditEvents(query: QueryInput<typeof listAuditEvents>, enabled = true) {
  return useQuery({
    queryKey: auditKeys.events(query),
    queryFn: ({ signal }) => call(listAuditEvents, { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useLoginEvents(query: QueryInput<typeof listLoginEvents>, enabled = true) {
  return useQuery({
    queryKey: auditKeys.logins(query),
    queryFn: ({ signal }) => call(listLoginEvents, { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** 三员分立: what was done to, or tried on, the auditor accounts (the auditor's home page). */
export function useAuditorAccountEvents() {
  return useQuery({ queryKey: auditKeys.auditorAccounts, queryFn: ({ signal }) => call(listAuditorAccountEvents, { signal }) });
}

/** Verification is a POST that reads: no cache to invalidate. */
export function useVerifyAudit() {
  return useMutation({ mutationKey: ['audit.verify'], mutationFn: () => call(verifyAudit) });
}
