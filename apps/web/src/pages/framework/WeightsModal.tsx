import { useState } from 'react';
import { Alert, App, Button, Flex, Input, Modal, Table, Typography } from 'antd';
import { ApiError, checkSiblingInputs, formatWeightBp, parseWeightPercent, splitEvenly, type Indicator } from '@jx/contract';
import { useRebalanceWeights } from '../../api/framework';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { localizeServerText, useT } from '../../locales';
import { WeightSumTag } from './WeightSum';

/** One sibling set to rebalance: the children of `parent` (null: the first level). */
export interface WeightsSet {
  parent: Indicator | null;
  items: readonly Indicator[];
}

/**
 * 调整权重: edits every weight of one sibling set and saves them together. The total is checked as the user types
 * (the contract's exact basis-point rule), and saving stays disabled until it is exactly 100.00 %.
 */
export function WeightsModal({ set, yearId, onClose }: { set: WeightsSet; yearId: string; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const rebalance = useRebalanceWeights();
  const [values, setValues] = useState<string[]>(() => set.items.map((i) => i.weightPercent));
  const [serverErrors, setServerErrors] = useState<Record<number, string>>({});
  const [setError, setSetError] = useState<string | null>(null);

  const check = checkSiblingInputs(values);
  const unchanged = values.every((v, i) => parseWeightPercent(v).ok && check.parsed[i] === set.items[i]!.weightBp);
  const name = set.parent?.name ?? t('framework.weightsRootName');

  const change = (index: number, value: string) => {
    setValues((vs) => vs.map((v, i) => (i === index ? value : v)));
    setServerErrors((e) => {
      const { [index]: _, ...rest } = e;
      return rest;
    });
    setSetError(null);
  };

  const submit = () => {
    rebalance.mutate(
      {
        body: {
          yearId,
          parentId: set.parent?.id ?? null,
          weights: set.items.map((item, i) => ({ id: item.id, weight: values[i]!.trim(), version: item.version })),
        },
      },
      {
        onSuccess: () => {
          message.success(t('framework.weightsSaved'));
          onClose();
        },
        onError: (e) => {
          if (e instanceof ApiError && e.code === 'VALIDATION_FAILED') {
            const rows: Record<number, string> = {};
            let other: string | null = null;
            for (const [path, msg] of Object.entries(e.fieldErrors)) {
              const m = /^weights\.(\d+)\./.exec(path);
              if (m) rows[Number(m[1])] = msg;
              else other = msg;
            }
            setServerErrors(rows);
            setSetError(other ?? (Object.keys(rows).length ? null : e.message));
            return;
          }
          handleError(e, { onReload: onClose });
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('framework.weightsTitle', { name })}
      onCancel={onClose}
      width={640}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Flex align="center" gap={8}>
            <Typography.Text>{t('framework.weightsSum')}</Typography.Text>
            <WeightSumTag sumBp={check.sumBp} testId="weights-sum" />
          </Flex>
          <Flex gap={8}>
            <Button onClick={() => setValues(splitEvenly(set.items.length).map(formatWeightBp))} data-testid="weights-split">
              {t('framework.splitEvenly')}
            </Button>
            <Button onClick={onClose}>{t('common.actions.cancel')}</Button>
            <Button
              type="primary"
              disabled={!check.valid || unchanged}
              loading={rebalance.isPending}
              onClick={submit}
              title={check.valid ? undefined : t('framework.weightsInvalid')}
              data-testid="weights-submit"
            >
              {t('common.actions.save')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <div data-testid="weights-modal">
        <Typography.Paragraph type="secondary">{t('framework.weightsHint')}</Typography.Paragraph>
        {setError ? <Alert type="error" showIcon title={setError} style={{ marginBottom: 12 }} /> : null}
        <Table<Indicator>
          rowKey="id"
          size="small"
          pagination={false}
          // Only this set: the items' own children (tree nodes) are not shown here.
          dataSource={set.items.map(({ children: _, ...i }: Indicator & { children?: unknown }) => i)}
          columns={[
            {
              key: 'name',
              title: t('framework.fields.name'),
              render: (_, i) => (
                <span>
                  {i.name}
                  <Typography.Text type="secondary" className="mono small" style={{ marginInlineStart: 8 }}>
                    {i.code}
                  </Typography.Text>
                </span>
              ),
            },
            {
              key: 'old',
              title: t('framework.fields.weightPercent'),
              width: 90,
              align: 'right',
              render: (_, i) => (
                <Typography.Text type="secondary" className="mono">
                  {i.weightPercent}
                </Typography.Text>
              ),
            },
            {
              key: 'new',
              title: t('framework.fields.weight'),
              width: 200,
              render: (_, item, index) => {
                const value = values[index] ?? '';
                const parsed = parseWeightPercent(value);
                const error = serverErrors[index] ?? (parsed.ok ? null : localizeServerText(parsed.text, parsed.message));
                return (
                  <div>
                    <Input
                      value={value}
                      onChange={(e) => change(index, e.target.value)}
                      onPressEnter={() => (check.valid && !unchanged ? submit() : undefined)}
                      suffix="%"
                      inputMode="decimal"
                      status={error ? 'error' : undefined}
                      aria-label={`${item.name} ${t('framework.fields.weight')}`}
                      data-testid={`weight-input-${item.code}`}
                      autoFocus={index === 0}
                    />
                    {error ? (
                      <Typography.Text type="danger" className="small">
                        {error}
                      </Typography.Text>
                    ) : null}
                  </div>
                );
              },
            },
          ]}
        />
      </div>
    </Modal>
  );
}
