import type { ReactNode } from 'react';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { SessionUser } from '@jx/contract';
import { signOut } from '../auth/actions';

/**
 * The frame of a step the server requires before anything else (forced password change, forced
 * second factor): brand, whose account it is, why, the step itself, and a way to sign out instead.
 */
export function SecurityStepPage(props: {
  user: SessionUser;
  testId: string;
  width: number;
  title: string;
  notice: string;
  logoutLabel: string;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <div className="login-page" data-testid={props.testId}>
      <Card className="login-card" style={{ width: props.width }} variant="borderless">
        <div className="login-brand">
          <span className="app-logo-mark">绩</span>
          <Typography.Title level={3} style={{ margin: '0 0 4px' }}>
            {props.title}
          </Typography.Title>
          <Typography.Text type="secondary">
            {props.user.displayName}（{props.user.username}）
          </Typography.Text>
        </div>
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={props.notice} />
        {props.children}
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button
            type="link"
            icon={<LogoutOutlined />}
            data-testid="logout"
            onClick={async () => {
              await signOut();
              void navigate('/login', { replace: true });
            }}
          >
            {props.logoutLabel}
          </Button>
        </Flex>
      </Card>
    </div>
  );
}
