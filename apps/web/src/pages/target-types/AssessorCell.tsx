import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { TFunction } from '../../locales';
import type { EffectiveAssessors } from './effectiveAssessors';

/** Where the departments in force come from, in words. */
export function sourceText(t: TFunction, e: EffectiveAssessors): string {
  if (e.own) return e.source === 'target' ? t('targetTypes.sources.target') : t('targetTypes.sources.own');
  return t(`targetTypes.sources.${e.source}`, { name: e.from });
}

/**
 * The assessing departments in force: named here in bold tags; inherited (or the owning department by default) greyed,
 * with where they come from beside them and on hover.
 */
export function AssessorCell({ t, value, testId }: { t: TFunction; value: EffectiveAssessors; testId?: string }) {
  const source = sourceText(t, value);
  if (value.source === 'byType')
    return (
      <Typography.Text type="secondary" data-testid={testId} data-source="byType">
        {t('targetTypes.byTypeShort')}
      </Typography.Text>
    );
  return (
    <Tooltip title={source}>
      <Flex gap={4} wrap align="center" data-testid={testId} data-source={value.own ? 'own' : 'inherited'}>
        {value.units.map((u) =>
          value.own ? (
            <Tag key={u.id} color="blue" style={{ fontWeight: 600, marginInlineEnd: 0 }}>
              {u.name}
            </Tag>
          ) : (
            <Typography.Text key={u.id} type="secondary">
              {u.name}
            </Typography.Text>
          ),
        )}
        {value.own ? null : (
          <Typography.Text type="secondary" className="small">
            {value.source === 'owner' ? `（${t('targetTypes.defaultOwner')}）` : `（${source}）`}
          </Typography.Text>
        )}
      </Flex>
    </Tooltip>
  );
}
