import type { myScores as zh } from '../zh-CN/myScores';

/** Our assessment results: a unit's own scores, published once the assessment process of a period has closed. */
export const myScores: typeof zh = {
  menu: 'Our assessment results',
  title: 'Our assessment results',
  subtitle: 'Once a period’s assessment process has closed, the scores, deductions and opinions the departments submitted appear here.',
  subtitleStaff: 'Once a period’s assessment process has closed, the scores of the targets assigned to you appear here.',
  year: 'Year',
  yearPlaceholder: 'Choose a year',
  period: 'Period',
  periodAll: 'All periods',
  exportFallbackName: 'assessment-results.xlsx',
  fields: {
    period: 'Period',
    target: 'Target',
    targetType: 'Target type',
    assessor: 'Assessing department',
    maxScore: 'Points',
    score: 'Score',
    deductions: 'Deductions',
    opinion: 'Opinion',
    status: 'Status',
  },
  statuses: {
    SUBMITTED: 'Submitted',
    ARCHIVED: 'Archived',
  },
  deductionLine: '{reason}: −{points}',
  noDeductions: 'None',
  total: 'Total',
  totalLine: 'Score {score} / points {maxScore}',
  count: '{count} items',
  rate: '{rate}% of the points',
  empty: 'No assessment results of {year} have been published yet',
  emptyHint: 'Scores appear here once the departments have submitted them and the assessment process has closed; drafts and open processes are never shown.',
  emptyPeriod: 'No results have been published for this period',
};
