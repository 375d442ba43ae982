// 指标修改提议 (decision 0029): one pending proposal of 安监处, so the office's 待处理提议 list has something to decide on
// first sight. 安全生产 has no subtree in the demo framework yet, so 安监处 proposes its first-level indicator — the row
// the proposals service writes for a CREATE without a parent (after: the proposed fields, weight as formatted there).
import { formatWeightBp, type ProposedIndicator } from '@jx/contract';
import type { Prisma } from '../../packages/db/src/generated/prisma/client.ts';
import type { AccountSeed } from './accounts.ts';
import { targetTypeId, type YearSeed } from './categories.ts';
import { stableId } from './random.ts';

const DAY = 24 * 60 * 60 * 1000;

/** The proposed indicator: after the four first-level ones (sortOrder 10–40), 10 % the office rebalances on accepting. */
export const SAFETY_PROPOSAL: ProposedIndicator = {
  code: '5',
  name: '安全生产监管',
  description: '落实行业安全生产责任制，开展隐患排查治理和安全生产专项整治，防范遏制较大以上生产安全事故的情况。',
  weightPercent: formatWeightBp(1000),
  sortOrder: 50,
};

export function buildFrameworkProposals(years: YearSeed[], year: number, accounts: AccountSeed[], now: Date): Prisma.FrameworkProposalCreateManyInput[] {
  const active = years.find((y) => y.year === year)!;
  const safety = accounts.find((a) => a.username === 'safety')!;
  const at = new Date(now.getTime() - 2 * DAY);
  return [
    {
      id: stableId('frameworkProposal', `${year}:SAFETY:${SAFETY_PROPOSAL.code}`),
      yearId: active.id,
      targetTypeId: targetTypeId('SAFETY'),
      kind: 'CREATE',
      parentId: null,
      after: SAFETY_PROPOSAL,
      note: '按照全省交通运输安全生产工作要点，将行业安全生产监管作为一级指标纳入年度目标考核，权重请目标绩效办统筹平衡。',
      status: 'PENDING',
      proposedById: safety.id,
      createdAt: at,
      updatedAt: at,
    },
  ];
}
