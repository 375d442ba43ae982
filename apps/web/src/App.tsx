import { Suspense, useMemo } from 'react';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { RouterProvider } from 'react-router/dom';
import { FullPageSpin } from './components/FullPageSpin';
import { I18nProvider, useI18n } from './locales';
import { router } from './router';
import { useReducedMotion } from './hooks/useReducedMotion';
import { appTheme } from './theme';

function Themed() {
  const { locale } = useI18n();
  const reducedMotion = useReducedMotion();
  const theme = useMemo(() => appTheme({ motion: !reducedMotion }), [reducedMotion]);
  return (
    <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS} theme={theme}>
      <Suspense fallback={<FullPageSpin />}>
        <RouterProvider router={router} />
      </Suspense>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Themed />
    </I18nProvider>
  );
}
