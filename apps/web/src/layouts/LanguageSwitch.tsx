import { Segmented } from 'antd';
import { useI18n, type Locale } from '../locales';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <span data-testid="language-switch">
      <Segmented<Locale>
        size="small"
        aria-label={t('common.layout.language')}
        value={locale}
        onChange={setLocale}
        options={[
          { label: '中', value: 'zh-CN' },
          { label: 'EN', value: 'en-US' },
        ]}
      />
    </span>
  );
}
