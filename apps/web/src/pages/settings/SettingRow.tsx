import { useState } from 'react';
import { App, Button, Col, Flex, Input, InputNumber, Row, Typography } from 'antd';
import { SETTING_DEFINITIONS, type Setting, type SettingKey } from '@jx/contract';
import { useUpdateSetting } from '../../api/settings';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { settingLabelKey } from '../../locales/zh-CN/settings';
import { formatDateTime, formatValue } from '../../utils/format';

const isKnown = (key: string): key is SettingKey => key in SETTING_DEFINITIONS;

/** One setting: label, value editor, default, last change; saved on its own with its version. */
export function SettingRow({ setting }: { setting: Setting }) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const update = useUpdateSetting();
  const [draft, setDraft] = useState<unknown>(setting.value);
  const [error, setError] = useState<string | null>(null);
  const [lastSeen, setLastSeen] = useState(setting);

  // A new server value (after a save or a reload) replaces the draft.
  if (lastSeen !== setting) {
    setLastSeen(setting);
    setDraft(setting.value);
    setError(null);
  }

  const known = isKnown(setting.key);
  const label = known ? t(`settings.items.${settingLabelKey(setting.key as SettingKey)}`) : setting.label;
  const numeric = typeof setting.defaultValue === 'number';
  const dirty = draft !== setting.value;

  const validate = (value: unknown): string | null => {
    if (!known) return null;
    const r = SETTING_DEFINITIONS[setting.key as SettingKey].schema.safeParse(value);
    return r.success ? null : (r.error.issues[0]?.message ?? t('common.form.invalid'));
  };

  const change = (value: unknown) => {
    setDraft(value);
    setError(validate(value));
  };

  const save = () => {
    const problem = validate(draft);
    if (problem) {
      setError(problem);
      return;
    }
    update.mutate(
      { params: { key: setting.key as SettingKey }, body: { value: draft, version: setting.version } },
      {
        onSuccess: () => message.success(t('settings.saved', { label })),
        onError: (e) => handleError(e),
      },
    );
  };

  return (
    <Row className="setting-row" gutter={[16, 8]} align="middle" data-testid={`setting-${setting.key}`} data-setting-key={setting.key}>
      <Col xs={24} md={8}>
        <Typography.Text strong>{label}</Typography.Text>
      </Col>
      <Col xs={24} md={8}>
        <Flex gap={8} align="start">
          <div style={{ flex: 1 }}>
            {numeric ? (
              <InputNumber
                value={typeof draft === 'number' ? draft : null}
                onChange={(v) => change(v ?? undefined)}
                onPressEnter={save}
                precision={0}
                style={{ width: '100%' }}
                status={error ? 'error' : undefined}
                aria-label={label}
              />
            ) : (
              <Input
                value={typeof draft === 'string' ? draft : formatValue(draft)}
                onChange={(e) => change(e.target.value)}
                onPressEnter={save}
                status={error ? 'error' : undefined}
                aria-label={label}
              />
            )}
            {error ? (
              <Typography.Text type="danger" className="small">
                {error}
              </Typography.Text>
            ) : null}
          </div>
          <Button type="primary" disabled={!dirty || !!error} loading={update.isPending} onClick={save}>
            {t('settings.save')}
          </Button>
        </Flex>
      </Col>
      <Col xs={24} md={8}>
        <Flex vertical gap={2}>
          <Typography.Text type="secondary">
            {t('settings.defaultValue')}：{formatValue(setting.defaultValue)}
            {draft !== setting.defaultValue ? (
              <Button type="link" size="small" onClick={() => change(setting.defaultValue)}>
                {t('settings.restoreDefault')}
              </Button>
            ) : null}
          </Typography.Text>
          <Typography.Text type="secondary" className="small">
            {t('settings.lastChanged')}：
            {setting.version === 0 || !setting.updatedAt
              ? t('settings.neverChanged')
              : t('settings.changedBy', { user: setting.updatedBy ?? '—', time: formatDateTime(setting.updatedAt) })}
          </Typography.Text>
        </Flex>
      </Col>
    </Row>
  );
}
