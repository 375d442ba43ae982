import type { ErrorMessageKey } from '@jx/contract';
import { common } from './common';
import { auth } from './auth';
import { entities } from './entities';
import { targets } from './targets';
import { framework } from './framework';
import { execution } from './execution';
import { baseData } from './base-data';
import { schemaChecks } from './schema-checks';
import { assessment } from './assessment';
import { recordExcel } from './record-excel';
import { ratings } from './ratings';
import { results } from './results';

/** The server's error messages in English, by key, one file per area; every key of the contract's registry. */
export const errors: Record<ErrorMessageKey, string> = {
  ...common,
  ...auth,
  ...entities,
  ...targets,
  ...framework,
  ...execution,
  ...baseData,
  ...schemaChecks,
  ...assessment,
  ...recordExcel,
  ...ratings,
  ...results,
};
