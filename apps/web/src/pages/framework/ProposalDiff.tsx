import { Flex, Typography } from 'antd';
import type { FrameworkProposal, ProposedIndicator } from '@jx/contract';
import type { TFunction } from '../../locales';

// Added text on green, removed text struck on red: readable without colour too (underline / strike-through).
const INS = { background: '#f6ffed', color: '#237804', textDecoration: 'underline' } as const;
const DEL = { background: '#fff1f0', color: '#a8071a' } as const;

const FIELDS = ['name', 'code', 'weightPercent', 'sortOrder', 'description'] as const;
type Field = (typeof FIELDS)[number];

const show = (i: ProposedIndicator, f: Field) => {
  const v = i[f];
  if (v === null || v === '') return '—';
  return f === 'weightPercent' ? `${v}%` : String(v);
};

/** What a proposal changes: the new indicator's fields, the removed one struck through, or each changed field before → after. */
export function ProposalDiff({ p, t }: { p: FrameworkProposal; t: TFunction }) {
  const label = (f: Field) => t(`framework.proposals.fields.${f}`);
  if (p.kind === 'CREATE' && p.after) {
    const after = p.after;
    return (
      <Flex vertical gap={2} data-testid={`proposal-diff-${p.id}`}>
        {p.parentName ? <Typography.Text type="secondary">{t('framework.proposals.under', { name: p.parentName })}</Typography.Text> : null}
        {FIELDS.filter((f) => f !== 'description' || after.description).map((f) => (
          <span key={f}>
            {label(f)}：<ins style={INS}>{show(after, f)}</ins>
          </span>
        ))}
      </Flex>
    );
  }
  if (p.kind === 'DELETE' && p.before) {
    const before = p.before;
    return (
      <Flex vertical gap={2} data-testid={`proposal-diff-${p.id}`}>
        <span>
          {label('name')}：<del style={DEL}>{before.name}</del>（{before.code}，{before.weightPercent}%）
        </span>
      </Flex>
    );
  }
  const { before, after } = p;
  if (!before || !after) return null;
  const changed = FIELDS.filter((f) => show(before, f) !== show(after, f));
  return (
    <Flex vertical gap={2} data-testid={`proposal-diff-${p.id}`}>
      {changed.length ? (
        changed.map((f) => (
          <span key={f}>
            {label(f)}：<del style={DEL}>{show(before, f)}</del> → <ins style={INS}>{show(after, f)}</ins>
          </span>
        ))
      ) : (
        <Typography.Text type="secondary">{t('framework.proposals.noChange')}</Typography.Text>
      )}
    </Flex>
  );
}
