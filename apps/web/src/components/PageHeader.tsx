import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

export interface PageHeaderProps {
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
}

export function PageHeader({ title, subTitle, extra }: PageHeaderProps) {
  return (
    <Flex className="page-header" justify="space-between" align="center" gap={16} wrap>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subTitle ? <Typography.Text type="secondary">{subTitle}</Typography.Text> : null}
      </div>
      {extra ? <Flex gap={8} wrap>{extra}</Flex> : null}
    </Flex>
  );
}
