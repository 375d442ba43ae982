import { useId } from 'react';
import { useI18n, type Locale } from '../locales';

const OPTIONS: readonly { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中' },
  { value: 'en-US', label: 'EN' },
];

/**
 * 中 / EN: native radio buttons drawn like antd's small Segmented, which the login page does not load (it brings
 * Tooltip along).
 */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const name = useId();
  return (
    <span data-testid="language-switch" className="language-switch" role="radiogroup" aria-label={t('common.layout.language')}>
      {OPTIONS.map((option) => (
        <label key={option.value} className={option.value === locale ? 'language-switch-item language-switch-item-selected' : 'language-switch-item'}>
          <input type="radio" name={name} value={option.value} checked={option.value === locale} onChange={() => setLocale(option.value)} />
          <span className="language-switch-label">{option.label}</span>
        </label>
      ))}
    </span>
  );
}
