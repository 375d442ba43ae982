import { useState } from 'react';
import { Checkbox, Flex, Modal, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { listCategories, listScoringModels } from '@jx/contract';
import { call } from '../../api/client';
import { useT } from '../../locales';

/** 批量自动汇总: choose the categories (those without a model cannot be summarised). */
export function RunModal(props: { open: boolean; yearId: string; busy: boolean; onCancel: () => void; onRun: (categoryIds: string[]) => void }) {
  const t = useT();
  const categories = useQuery({
    queryKey: ['categories', props.yearId],
    queryFn: ({ signal }) => call(listCategories, { query: { yearId: props.yearId }, signal }),
    enabled: props.open,
  });
  const models = useQuery({
    queryKey: ['models', props.yearId],
    queryFn: ({ signal }) => call(listScoringModels, { query: { yearId: props.yearId }, signal }),
    enabled: props.open,
  });
  const modelled = new Set((models.data?.items ?? []).flatMap((m) => m.categoryIds));
  // Until the office changes the choice: every category that has a model.
  const [picked, setPicked] = useState<string[] | null>(null);
  const chosen = picked ?? (categories.data ?? []).filter((c) => modelled.has(c.id)).map((c) => c.id);
  return (
    <Modal
      open={props.open}
      title={t('results.run.title')}
      okText={t('results.run.ok')}
      onOk={() => {
        props.onRun(chosen);
        setPicked(null);
      }}
      okButtonProps={{ disabled: !chosen.length, 'data-testid': 'run-confirm' } as never}
      confirmLoading={props.busy}
      onCancel={() => {
        setPicked(null);
        props.onCancel();
      }}
    >
      <Typography.Paragraph type="secondary">{t('results.run.hint')}</Typography.Paragraph>
      <Checkbox.Group value={chosen} onChange={(v) => setPicked(v as string[])} style={{ width: '100%' }}>
        <Flex vertical gap={8} data-testid="run-categories">
          {(categories.data ?? []).map((c) => (
            <Checkbox key={c.id} value={c.id} disabled={!modelled.has(c.id)}>
              {c.name}
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {t('results.run.units', { count: c.assessedUnitCount })}
              </Typography.Text>
              {!modelled.has(c.id) ? <Tag style={{ marginInlineStart: 8 }}>{t('results.run.noModel')}</Tag> : null}
            </Checkbox>
          ))}
        </Flex>
      </Checkbox.Group>
    </Modal>
  );
}
