import { common } from './common';
import { enums } from './enums';
import { auth } from './auth';
import { units } from './units';
import { categories } from './categories';
import { persons } from './persons';
import { accounts } from './accounts';
import { announcements } from './announcements';
import { settings } from './settings';
import { audit } from './audit';
import { framework } from './framework';
import { targets } from './targets';
import { notifications } from './notifications';
import { warnings } from './warnings';
import { supervision } from './supervision';
import { reports } from './reports';
import { documents } from './documents';
import { excel } from './excel';
import { statistics } from './statistics';
import { analysis } from './analysis';
import { charts } from './charts';
import { assessment } from './assessment';
import { scoring } from './scoring';
import { myScores } from './myScores';
import { adjustments } from './adjustments';
import { models } from './models';
import { ratings } from './ratings';
import { targetTypes } from './targetTypes';
import { dataAudit } from './dataAudit';
import { results } from './results';
import { errors } from './errors';

/** The reference catalogue: every other locale must have exactly this shape. */
export const zhCN = {
  common,
  enums,
  auth,
  units,
  categories,
  persons,
  accounts,
  announcements,
  settings,
  audit,
  framework,
  targets,
  notifications,
  warnings,
  supervision,
  reports,
  documents,
  excel,
  statistics,
  analysis,
  charts,
  assessment,
  scoring,
  myScores,
  adjustments,
  models,
  ratings,
  targetTypes,
  dataAudit,
  results,
  errors,
};
