import type { ReactNode } from 'react';
import { Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { RatingUnit } from '@jx/contract';
import { useT } from '../../locales';
import { formatDate } from '../../utils/format';

/**
 * What a rater has at hand about a unit: its published targets of the year, open red and yellow warnings, the date of
 * its latest progress report. With `link`, the counts open 预警中心 filtered to the unit (and level): the list of the
 * unit's published targets with their progress.
 */
export function UnitContext({ unit, yearId, link }: { unit: RatingUnit; yearId: string; link: boolean }) {
  const t = useT();
  const c = unit.context;
  const to = (level?: 'RED' | 'YELLOW') => `/warnings?${new URLSearchParams({ yearId, unitId: unit.unitId, ...(level ? { level } : {}) }).toString()}`;
  const linked = (node: ReactNode, level?: 'RED' | 'YELLOW') => (link ? <Link to={to(level)}>{node}</Link> : node);
  return (
    <Flex gap={6} wrap align="center" data-testid="my-rating-context">
      {linked(<span data-testid="my-rating-targets">{t('ratings.mine.targets', { count: c.targets })}</span>)}
      {c.redWarnings > 0
        ? linked(
            <Tag color="red" style={{ marginInlineEnd: 0, cursor: link ? 'pointer' : undefined }} data-testid="my-rating-red">
              {t('ratings.mine.red', { count: c.redWarnings })}
            </Tag>,
            'RED',
          )
        : null}
      {c.yellowWarnings > 0
        ? linked(
            <Tag color="gold" style={{ marginInlineEnd: 0, cursor: link ? 'pointer' : undefined }} data-testid="my-rating-yellow">
              {t('ratings.mine.yellow', { count: c.yellowWarnings })}
            </Tag>,
            'YELLOW',
          )
        : null}
      <Typography.Text type="secondary" className="small">
        {c.latestReportAt ? t('ratings.mine.latestReport', { date: formatDate(c.latestReportAt) }) : t('ratings.mine.noReport')}
      </Typography.Text>
    </Flex>
  );
}
