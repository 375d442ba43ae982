import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  createAccount,
  disableAccount,
  enableAccount,
  listAccounts,
  resetAccountPassword,
  resetAccountTotp,
  setAccountAccess,
  unlockAccount,
  updateAccount,
} from '@jx/contract';
import { call, type QueryInput } from './client';
import { accountKeys } from './keys';
import { useRouteMutation } from './mutation';

export function useAccounts(query: QueryInput<typeof listAccounts>, enabled = true) {
  return useQuery({
    queryKey: accountKeys.list(query),
    queryFn: ({ signal }) => call(listAccounts, { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export const useCreateAccount = () => useRouteMutation(createAccount, [accountKeys.all]);
export const useUpdateAccount = () => useRouteMutation(updateAccount, [accountKeys.all]);
export const useSetAccountAccess = () => useRouteMutation(setAccountAccess, [accountKeys.all]);
export const useDisableAccount = () => useRouteMutation(disableAccount, [accountKeys.all]);
export const useEnableAccount = () => useRouteMutation(enableAccount, [accountKeys.all]);
export const useUnlockAccount = () => useRouteMutation(unlockAccount, [accountKeys.all]);
export const useResetAccountPassword = () => useRouteMutation(resetAccountPassword, [accountKeys.all]);
export const useResetAccountTotp = () => useRouteMutation(resetAccountTotp, [accountKeys.all]);
