import { theme, type ThemeConfig } from 'antd';

const PRIMARY = '#1456b8';
/** Grey for secondary text and placeholders: 4.8:1 on white and on the grey page background (antd's 0.45 gives 3.4:1). */
const TEXT_GREY = 'rgba(0, 0, 0, 0.56)';

/**
 * Darker shades (one or two steps down antd's palettes) for coloured text and tags, so that each reaches 4.5:1 on its own
 * light background (WCAG 2 AA). Icons, borders and progress bars keep antd's brighter colours.
 */
const TEXT_COLORS = { success: '#237804', warning: '#ad4e00', error: '#cf1322' } as const;

/** The app's theme; without motion (the user asked the system for less) dialogs and menus open without animating. */
export const appTheme = ({ motion }: { motion: boolean }): ThemeConfig => ({
  algorithm: theme.defaultAlgorithm,
  token: {
    motion,
    colorPrimary: PRIMARY,
    // Links and 处理中 tags take colorInfo: antd's #1677ff is 4.1:1 on white.
    colorInfo: PRIMARY,
    colorTextTertiary: TEXT_GREY,
    colorTextDescription: TEXT_GREY,
    colorTextPlaceholder: TEXT_GREY,
    colorSuccessText: TEXT_COLORS.success,
    colorWarningText: TEXT_COLORS.warning,
    colorErrorText: TEXT_COLORS.error,
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', sans-serif",
  },
  components: {
    // Danger buttons (停用, 离职, 删除…): antd's #ff4d4f is 3.3:1 on white.
    Button: { colorError: TEXT_COLORS.error },
    // A field's error message (请填写…) is text too.
    Form: { colorError: TEXT_COLORS.error },
    // The user menu's 退出登录 item.
    Dropdown: { colorError: TEXT_COLORS.error },
    Tag: {
      // Status tags (success, warning, error) write their text in the status colour.
      colorSuccess: TEXT_COLORS.success,
      colorWarning: TEXT_COLORS.warning,
      colorError: TEXT_COLORS.error,
      // Preset colour tags write their text in shade 7, too light for these hues.
      green7: '#237804',
      lime7: '#3f6600',
      cyan7: '#006d75',
      gold7: '#874d00',
      yellow7: '#876800',
      orange7: '#ad4e00',
      volcano7: '#ad2102',
    },
  },
});
