import { useState } from 'react';
import { Alert, Button, Empty, Flex, Input, InputNumber, Modal, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../locales';
import { scoreText, type RowDraft } from './scoringRules';

type Line = { reason: string; points: string | null };

/** 扣分项 of one row: reason and points per line, added and removed; 确定 puts them into the row (saved with it). */
export function DeductionsModal(props: {
  title: string;
  value: RowDraft['deductions'];
  readOnly: boolean;
  onCancel: () => void;
  onOk: (lines: RowDraft['deductions']) => void;
}) {
  const t = useT();
  // Mounted afresh for each row (keyed by the parent): the lines start as the row's.
  const [lines, setLines] = useState<Line[]>(() => props.value.map((d) => ({ ...d })));
  const [checked, setChecked] = useState(false);

  const bad = (l: Line) => ({ reason: !l.reason.trim(), points: !l.points || !(Number(l.points) > 0) });
  const set = (i: number, patch: Partial<Line>) => setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const ok = () => {
    setChecked(true);
    if (lines.some((l) => bad(l).reason || bad(l).points)) return;
    props.onOk(lines.map((l) => ({ reason: l.reason.trim(), points: scoreText(l.points) ?? '' })));
  };

  return (
    <Modal
      open
      title={props.title}
      width={640}
      onCancel={props.onCancel}
      onOk={props.readOnly ? props.onCancel : ok}
      okText={t('common.actions.confirm')}
      cancelText={t('common.actions.cancel')}
      cancelButtonProps={props.readOnly ? { style: { display: 'none' } } : undefined}
      okButtonProps={{ 'data-testid': 'deductions-ok' } as Record<`data-${string}`, string>}
      destroyOnHidden
    >
      <Flex vertical gap={8} data-testid="deductions-modal">
        {props.readOnly ? <Alert type="info" showIcon title={t('scoring.deductionsModal.readOnly')} /> : null}
        {lines.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('scoring.deductionsModal.empty')} /> : null}
        {lines.map((l, i) => {
          const b = checked ? bad(l) : { reason: false, points: false };
          return (
            <Flex key={i} gap={8} align="flex-start" data-testid="deduction-line">
              <Flex vertical style={{ flex: 1 }}>
                <Input
                  value={l.reason}
                  maxLength={200}
                  disabled={props.readOnly}
                  status={b.reason ? 'error' : undefined}
                  placeholder={t('scoring.deductionsModal.reason')}
                  aria-label={t('scoring.deductionsModal.reason')}
                  onChange={(e) => set(i, { reason: e.target.value })}
                  data-testid="deduction-reason"
                />
                {b.reason ? (
                  <Typography.Text type="danger" className="small">
                    {t('scoring.deductionsModal.reasonRequired')}
                  </Typography.Text>
                ) : null}
              </Flex>
              <Flex vertical style={{ width: 140 }}>
                <InputNumber<string>
                  stringMode
                  min="0"
                  max="9999"
                  precision={2}
                  value={l.points}
                  disabled={props.readOnly}
                  status={b.points ? 'error' : undefined}
                  placeholder={t('scoring.deductionsModal.points')}
                  aria-label={t('scoring.deductionsModal.points')}
                  style={{ width: '100%' }}
                  onChange={(v) => set(i, { points: v })}
                  data-testid="deduction-points"
                />
                {b.points ? (
                  <Typography.Text type="danger" className="small">
                    {t('scoring.deductionsModal.pointsRequired')}
                  </Typography.Text>
                ) : null}
              </Flex>
              {props.readOnly ? null : (
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('scoring.actions.remove')}
                  onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
                  data-testid="deduction-remove"
                />
              )}
            </Flex>
          );
        })}
        {props.readOnly ? null : (
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => setLines((ls) => [...ls, { reason: '', points: null }])} data-testid="deduction-add">
            {t('scoring.actions.addDeduction')}
          </Button>
        )}
      </Flex>
    </Modal>
  );
}
