import { Tag } from 'antd';
import type { WarningLevel } from '@jx/contract';
import { useT } from '../locales';

/** One colour per warning level, everywhere: tags… */
export const WARNING_TAG_COLORS: Record<WarningLevel, string> = { RED: 'red', YELLOW: 'gold', GREEN: 'green' };
/** …and text, borders and charts (the same hues, dark enough for text on white). */
export const WARNING_TEXT_COLORS: Record<WarningLevel, string> = { RED: '#cf1322', YELLOW: '#ad6800', GREEN: '#389e0d' };

/** A warning level in the one vocabulary of the app: 红色预警 / 黄色预警 / 正常. */
export function WarningLevelTag({ level, bordered }: { level: WarningLevel; bordered?: boolean }) {
  const t = useT();
  return (
    <Tag color={WARNING_TAG_COLORS[level]} bordered={bordered} data-testid="warning-level" data-level={level}>
      {t(`warnings.levelTags.${level}`)}
    </Tag>
  );
}
