import { Card, Descriptions, Typography } from 'antd';
import type { SessionUser } from '@jx/contract';
import { RoleTags } from '../../components/RoleTags';
import { useT } from '../../locales';
import { formatDate } from '../../utils/format';

export function WelcomeCard({ user }: { user: SessionUser }) {
  const t = useT();
  return (
    <Card data-testid="welcome-card">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('common.home.welcome', { name: user.displayName })}
      </Typography.Title>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'username', label: t('common.home.username'), children: user.username },
          { key: 'roles', label: t('common.home.roles'), children: <RoleTags roles={user.roles} /> },
          {
            key: 'unit',
            label: t('common.home.unit'),
            children: user.unitName ?? <Typography.Text type="secondary">{t('common.home.noUnit')}</Typography.Text>,
          },
          { key: 'expires', label: t('common.home.passwordExpires'), children: formatDate(user.passwordExpiresAt) },
        ]}
      />
    </Card>
  );
}
