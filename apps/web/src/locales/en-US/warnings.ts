import type { warnings as zh } from '../zh-CN/warnings';

export const warnings: typeof zh = {
  menu: 'Warnings',
  title: 'Warning center',
  subtitle: 'Execution warnings of published targets: behind plan, reports overdue, deadline passed.',
  empty: 'No warnings',
  emptyFiltered: 'No targets match the filters.',
  levelTags: {
    RED: 'Red',
    YELLOW: 'Yellow',
    GREEN: 'Normal',
  },
  reasonTags: {
    BEHIND_PLAN: 'Behind plan',
    REPORT_OVERDUE: 'Report overdue',
    DEADLINE_PASSED: 'Deadline passed',
  },
  filters: {
    level: 'Level',
    unit: 'Unit',
    type: 'Target type',
  },
  fields: {
    title: 'Target',
    unit: 'Unit',
    type: 'Type',
    level: 'Warning',
    planned: 'Planned %',
    actual: 'Actual %',
    lag: 'Behind',
    overdueDays: 'Days overdue',
    reasons: 'Reasons',
  },
  lagPoints: '{n} pts',
};
