import { Typography } from 'antd';
import type { DivisionOption } from './useDivisions';

/** A division in a dropdown: its name, and the short name people call it by when the name does not contain it (基建处). */
export function renderDivisionOption(option: { data: DivisionOption }) {
  const { label, shortName } = option.data;
  return (
    <span>
      {label}
      {shortName && !label.includes(shortName) ? (
        <Typography.Text type="secondary" className="small" style={{ marginInlineStart: 6 }}>
          {shortName}
        </Typography.Text>
      ) : null}
    </span>
  );
}
