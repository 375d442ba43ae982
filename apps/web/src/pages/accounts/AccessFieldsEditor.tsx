import { Alert, Checkbox, Col, Form, Row, Select, type FormInstance } from 'antd';
import type { z } from 'zod';
import { AccessFields, chineseMessage, ROLES, separationOfDutiesViolation, UNIT_ROLES, type Role } from '@jx/contract';
import { useTargetTypes } from '../../api/units';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { localizeServerText, useT } from '../../locales';

export type AccessValues = z.input<typeof AccessFields>;

export const needsUnit = (roles: readonly Role[]) => roles.some((r) => UNIT_ROLES.includes(r) || r === 'FUNC_DEPT');
export const isDeputy = (roles: readonly Role[]) => roles.includes('LEADER_DEPUTY');

/** What goes to the server: hidden fields are sent empty, so no stale scope survives a role change. */
export function accessBody(v: AccessValues | undefined) {
  const roles = v?.roles ?? [];
  return {
    roles,
    unitId: needsUnit(roles) ? (v?.unitId ?? null) : null,
    portfolioUnitIds: isDeputy(roles) ? (v?.portfolioUnitIds ?? []) : [],
    portfolioTargetTypeIds: isDeputy(roles) ? (v?.portfolioTargetTypeIds ?? []) : [],
  };
}

/** Validates the whole access object (cross-field rules of `AccessFields`) before submitting. */
export function validateAccess(v: AccessValues | undefined) {
  return AccessFields.safeParse(accessBody(v));
}

/** 安全审计员 is not offered: that role is granted only by the server command `pnpm auditor` (三员分立). */
const ROLE_GROUPS: { roles: Role[] }[] = [{ roles: ['SYS_ADMIN'] }, { roles: ROLES.filter((r) => r !== 'SYS_ADMIN' && r !== 'AUDITOR') }];

/**
 * Roles (checkboxes with labels), 所属单位 when a unit role or FUNC_DEPT is chosen, and 分管单位 /
 * 分管目标类型 for LEADER_DEPUTY. Field names are `access.*`, the same paths as the server's errors.
 */
export function AccessFieldsEditor({ form }: { form: FormInstance }) {
  const t = useT();
  const roles: Role[] = Form.useWatch(['access', 'roles'], form) ?? [];
  const targetTypes = useTargetTypes();
  const sod = separationOfDutiesViolation(roles);

  return (
    <>
      <ZodFormItem
        name={['access', 'roles']}
        label={t('accounts.fields.roles')}
        schema={AccessFields.shape.roles}
        rules={[
          {
            validator: async (_r, v: Role[] | undefined) => {
              const problem = separationOfDutiesViolation(v ?? []);
              if (problem) throw new Error(localizeServerText(problem, chineseMessage(problem)));
            },
          },
        ]}
      >
        <Checkbox.Group style={{ width: '100%' }} data-testid="roles-editor">
          <Row gutter={[8, 6]}>
            {ROLE_GROUPS.flatMap((g) => g.roles).map((r) => (
              <Col span={12} key={r}>
                <Checkbox value={r}>{t(`enums.roles.${r}`)}</Checkbox>
              </Col>
            ))}
          </Row>
        </Checkbox.Group>
      </ZodFormItem>
      <Alert type={sod ? 'error' : 'info'} showIcon title={t('accounts.sod')} style={{ marginBottom: 16 }} data-testid="sod-rule" />
      {needsUnit(roles) ? (
        <ZodFormItem
          name={['access', 'unitId']}
          label={t('accounts.fields.unit')}
          schema={AccessFields.shape.unitId}
          required
          rules={[{ required: true, message: t('accounts.help.unit') }]}
          extra={t('accounts.help.unit')}
        >
          <UnitTreeSelect />
        </ZodFormItem>
      ) : null}
      {isDeputy(roles) ? (
        <>
          <ZodFormItem
            name={['access', 'portfolioUnitIds']}
            label={t('accounts.fields.portfolioUnits')}
            schema={AccessFields.shape.portfolioUnitIds}
            extra={t('accounts.help.portfolio')}
          >
            <UnitTreeSelect multiple treeCheckable={false} maxTagCount="responsive" />
          </ZodFormItem>
          <ZodFormItem
            name={['access', 'portfolioTargetTypeIds']}
            label={t('accounts.fields.portfolioTargetTypes')}
            schema={AccessFields.shape.portfolioTargetTypeIds}
          >
            <Select
              mode="multiple"
              allowClear
              loading={targetTypes.isLoading}
              placeholder={t('common.form.select')}
              options={(targetTypes.data ?? []).map((tt) => ({
                value: tt.id,
                label: tt.name,
                title: tt.ownerUnitName,
              }))}
            />
          </ZodFormItem>
        </>
      ) : null}
    </>
  );
}
