import { useState } from 'react';
import { Button, Tooltip, type ButtonProps } from 'antd';
import { beijingDay, reportEditableUntil } from '@jx/contract';
import { usePublicSettings } from '../../api/settings';
import { useT } from '../../locales';

/**
 * 修改 for a report whose editing window (`report.editableDays` after its due day, decision 0027) may have ended: then
 * disabled, with a tooltip saying until when it could be changed. The server refuses the change either way (409).
 */
export function EditReportButton({ year, periodKey, ...button }: ButtonProps & { year: number; periodKey: string }) {
  const t = useT();
  const settings = usePublicSettings();
  const [now] = useState(() => new Date());
  const s = settings.data;
  // Until the settings are known the window is unknown: disabled, without a reason.
  const until = s ? reportEditableUntil(year, periodKey, s['report.dueDay'], s['report.editableDays']) : null;
  const closed = until !== null && now >= until;
  const label = (
    <Button {...button} disabled={!until || closed}>
      {t('reports.actions.edit')}
    </Button>
  );
  if (!s || !until || !closed) return label;
  return (
    <Tooltip title={t('reports.actions.editClosed', { days: s['report.editableDays'], until: beijingDay(new Date(until.getTime() - 1)) })}>{label}</Tooltip>
  );
}
