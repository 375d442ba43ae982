import { Button, Flex, Form, Input, Select, Typography, type FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { FULL_WEIGHT_BP, formatWeightBp, parseWeightPercent, ResponsibleInputSchema, splitEvenly } from '@jx/contract';
import { usePersons } from '../../api/persons';
import { zodRule } from '../../components/form/zodRule';
import { useT } from '../../locales';

export interface ResponsibleValue {
  personId?: string;
  share?: string;
}

function sumBp(rows: readonly ResponsibleValue[] | undefined): { bp: number; ok: boolean } {
  let bp = 0;
  let ok = true;
  for (const r of rows ?? []) {
    const p = parseWeightPercent((r?.share ?? '').trim());
    if (p.ok) bp += p.bp;
    else ok = false;
  }
  return { bp, ok };
}

/**
 * 责任分解: persons of the unit with their shares (percent strings, two decimals, summing to exactly 100 %)
 * and a live sum. Empty is allowed (a top-down draft is decomposed by the unit later).
 */
export function ResponsiblesEditor({ form, unitId }: { form: FormInstance; unitId: string | undefined }) {
  const t = useT();
  const persons = usePersons({ unitId, status: 'ACTIVE', pageSize: 100, sort: 'name' }, !!unitId);
  const rows = Form.useWatch<ResponsibleValue[] | undefined>('responsibles', form);
  const sum = sumBp(rows);
  const count = rows?.length ?? 0;
  const options = (persons.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name}${p.position ? `（${p.position}）` : ''}`,
    search: `${p.name} ${p.staffNo}`,
  }));
  if (!unitId) return <Typography.Text type="secondary">{t('targets.responsibles.pickUnitFirst')}</Typography.Text>;
  return (
    <Form.List
      name="responsibles"
      rules={[
        {
          validator: async (_rule, value: ResponsibleValue[] | undefined) => {
            if (!value?.length) return;
            const s = sumBp(value);
            if (s.ok && s.bp !== FULL_WEIGHT_BP) throw new Error(t('targets.responsibles.sumInvalid', { sum: formatWeightBp(s.bp) }));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={8} data-testid="responsibles-editor">
          {fields.length === 0 ? <Typography.Text type="secondary">{t('targets.responsibles.empty')}</Typography.Text> : null}
          {fields.map((field, i) => (
            <Flex key={field.key} gap={8} align="flex-start">
              <Form.Item
                name={[field.name, 'personId']}
                style={{ margin: 0, flex: 1 }}
                rules={[
                  zodRule(ResponsibleInputSchema.shape.personId),
                  ({ getFieldValue }) => ({
                    validator: async (_r, v: unknown) => {
                      const all = (getFieldValue('responsibles') as ResponsibleValue[] | undefined) ?? [];
                      if (v && all.some((o, j) => j !== i && o?.personId === v)) throw new Error(t('targets.responsibles.duplicate'));
                    },
                  }),
                ]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'search' }}
                  placeholder={t('targets.responsibles.pickPerson')}
                  loading={persons.isLoading}
                  options={options}
                  data-testid={`responsible-person-${i}`}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'share']} style={{ margin: 0, width: 140 }} rules={[zodRule(ResponsibleInputSchema.shape.share)]}>
                <Input suffix="%" placeholder={t('targets.responsibles.share')} data-testid={`responsible-share-${i}`} />
              </Form.Item>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('common.actions.delete')}
                onClick={() => {
                  remove(field.name);
                  void form.validateFields(['responsibles']).catch(() => undefined);
                }}
              />
            </Flex>
          ))}
          <Flex gap={8} align="center" wrap>
            <Button icon={<PlusOutlined />} onClick={() => add({ personId: undefined, share: count === 0 ? '100' : '' })} data-testid="responsible-add">
              {t('targets.responsibles.add')}
            </Button>
            <Button
              disabled={count === 0}
              onClick={() => {
                const shares = splitEvenly(count);
                form.setFieldValue(
                  'responsibles',
                  (rows ?? []).map((r, i) => ({ ...r, share: formatWeightBp(shares[i] ?? 0) })),
                );
                void form.validateFields(['responsibles']).catch(() => undefined);
              }}
              data-testid="responsible-even"
            >
              {t('targets.responsibles.even')}
            </Button>
            {count > 0 ? (
              <Typography.Text type={sum.bp === FULL_WEIGHT_BP ? 'success' : 'danger'} data-testid="responsible-sum">
                {t('targets.responsibles.sum', { sum: formatWeightBp(sum.bp) })}
              </Typography.Text>
            ) : null}
          </Flex>
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  );
}
