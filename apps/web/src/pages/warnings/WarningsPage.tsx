import { Card, Col, Flex, Row, Statistic, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useSearchParams } from 'react-router';
import { exportWarnings, listWarnings, WARNING_LEVELS, type TargetWarning, type WarningLevel } from '@jx/contract';
import { useWarnings } from '../../api/warnings';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ExportButton } from '../../components/ExportButton';
import { isFiltered } from '../../components/isFiltered';
import { ListFilters } from '../../components/ListFilters';
import { pressable } from '../../components/pressable';
import { PageHeader } from '../../components/PageHeader';
import { yearProblem } from '../../components/yearProblem';
import { ServerTable } from '../../components/ServerTable';
import { NOT_ON_PHONE, unpinned, usePhone } from '../../hooks/usePhone';
import { useServerTable, type FiltersOf } from '../../hooks/useServerTable';
import { useT } from '../../locales';
import { enumParam } from '../../utils/enumParam';
import { isUnitOnly, useYearChoice } from '../targets/shared';
import { WARNING_TAG_COLORS, WARNING_TEXT_COLORS, WarningLevelTag } from '../../components/WarningLevelTag';

type Filters = FiltersOf<typeof listWarnings>;
const CARD_ORDER: readonly WarningLevel[] = ['RED', 'YELLOW', 'GREEN'];

/** Filters a link asks for: ?level= from 我的待办, ?unitId= or ?targetTypeId= (with ?yearId=) from 统计分析. */
function linkedFilters(search: URLSearchParams): Filters | undefined {
  const linked: Filters = {
    level: enumParam(search.get('level'), WARNING_LEVELS),
    unitId: search.get('unitId') ?? undefined,
    targetTypeId: search.get('targetTypeId') ?? undefined,
  };
  return Object.values(linked).some(Boolean) ? linked : undefined;
}

/** 预警中心: the year's published targets with their warning level, counts per level, filters. */
export function WarningsPage() {
  const t = useT();
  const phone = usePhone();
  const user = useCurrentUser();
  const unitOnly = isUnitOnly(user.roles);
  const [search] = useSearchParams();
  const { years, yearId, picker } = useYearChoice(search.get('yearId') ?? undefined);
  const table = useServerTable(listWarnings, { linkedFilters: linkedFilters(search) });
  const query = useWarnings({ ...table.query, yearId }, !!yearId);
  const { level, unitId, targetTypeId } = table.query;
  const f = table.state.filters;
  const filtered = isFiltered(f);
  const counts = query.data?.counts;

  const columns: ColumnsType<TargetWarning> = [
    {
      key: 'title',
      title: t('warnings.fields.title'),
      width: 190,
      fixed: 'left',
      // On a phone the unit goes under the title and the level comes next, on screen without scrolling.
      render: (_, r) => (
        <>
          <Link to={`/targets/${r.targetId}`}>{r.title}</Link>
          {phone ? <div className="muted small">{r.unitName}</div> : null}
        </>
      ),
    },
    { key: 'unit', title: t('warnings.fields.unit'), dataIndex: 'unitName', width: 140, responsive: NOT_ON_PHONE },
    { key: 'type', title: t('warnings.fields.type'), dataIndex: 'targetTypeName', width: 96, responsive: NOT_ON_PHONE },
    {
      key: 'level',
      title: t('warnings.fields.level'),
      width: 96,
      render: (_, r) => <WarningLevelTag level={r.level} />,
    },
    { key: 'planned', title: t('warnings.fields.planned'), width: 76, align: 'right', render: (_, r) => `${r.plannedPercent}%` },
    { key: 'actual', title: t('warnings.fields.actual'), width: 76, align: 'right', render: (_, r) => `${r.actualPercent}%` },
    {
      key: 'lag',
      title: t('warnings.fields.lag'),
      width: 110,
      align: 'right',
      render: (_, r) => (r.lagPoints > 0 ? t('warnings.lagPoints', { n: r.lagPoints }) : '—'),
    },
    { key: 'overdueDays', title: t('warnings.fields.overdueDays'), width: 86, align: 'right', render: (_, r) => (r.overdueDays > 0 ? r.overdueDays : '—') },
    {
      key: 'reasons',
      title: t('warnings.fields.reasons'),
      width: 230,
      // The numbers behind a reason are in the columns before it: a short tag per reason, its full sentence on hover.
      render: (_, r) =>
        r.reasons.length === 0 ? (
          '—'
        ) : (
          <Flex wrap gap={4} data-testid="warning-reasons">
            {r.reasons.map((reason) => (
              <Tooltip key={reason.code} title={reason.message}>
                <Tag color={WARNING_TAG_COLORS[reason.level]} style={{ marginInlineEnd: 0 }} data-code={reason.code}>
                  {t(`warnings.reasonTags.${reason.code}`)}
                </Tag>
              </Tooltip>
            ))}
          </Flex>
        ),
    },
  ];

  const body = yearProblem(years, t) ?? (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {CARD_ORDER.map((lv) => (
          <Col xs={8} key={lv}>
            <Card
              hoverable
              {...pressable(() => table.setFilters({ level: f.level === lv ? undefined : lv }), f.level === lv)}
              style={{ borderTop: `3px solid ${WARNING_TEXT_COLORS[lv]}`, ...(f.level === lv ? { boxShadow: `0 0 0 1px ${WARNING_TEXT_COLORS[lv]}` } : {}) }}
              data-testid={`warning-count-${lv}`}
              data-count={counts?.[lv] ?? 0}
            >
              <Statistic
                title={t(`warnings.levelTags.${lv}`)}
                value={counts?.[lv] ?? 0}
                loading={query.isLoading}
                styles={{ content: { color: WARNING_TEXT_COLORS[lv] } }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Card>
        <ListFilters<Filters>
          table={table}
          unitOnly={unitOnly}
          fields={[
            {
              kind: 'select',
              name: 'level',
              placeholder: t('warnings.filters.level'),
              options: WARNING_LEVELS.map((lv) => ({ value: lv, label: t(`warnings.levelTags.${lv}`) })),
              testId: 'warning-filter-level',
            },
            { kind: 'unit', name: 'unitId', placeholder: t('warnings.filters.unit'), testId: 'warning-filter-unit' },
            { kind: 'targetType', name: 'targetTypeId', placeholder: t('warnings.filters.type'), testId: 'warning-filter-type' },
          ]}
        />
        <ServerTable<TargetWarning>
          data-testid="warning-table"
          rowKey="targetId"
          size="middle"
          columns={phone ? unpinned(columns) : columns}
          query={query}
          table={table}
          scroll={{ x: phone ? 860 : 1100 }}
          empty={filtered ? t('warnings.emptyFiltered') : t('warnings.empty')}
        />
      </Card>
    </>
  );

  return (
    <>
      <PageHeader
        title={t('warnings.title')}
        subTitle={t('warnings.subtitle')}
        extra={
          <Flex gap={8} wrap align="center">
            {picker}
            {yearId ? (
              <ExportButton
                route={exportWarnings}
                query={{ yearId, level, unitId, targetTypeId }}
                fallbackName={t('excel.exportFallbackName')}
                data-testid="warning-export"
              >
                {t('excel.export')}
              </ExportButton>
            ) : null}
          </Flex>
        }
      />
      {body}
    </>
  );
}

export default WarningsPage;
