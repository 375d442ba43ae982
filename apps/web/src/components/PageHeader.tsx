import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

export interface PageHeaderProps {
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
}

/** A page's title and subtitle, its controls at the right; on a phone the controls wrap below the title. */
export function PageHeader({ title, subTitle, extra }: PageHeaderProps) {
  return (
    <Flex className="page-header" justify="space-between" align="center" gap={16} wrap>
      <div className="page-header-main">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subTitle ? <Typography.Text type="secondary">{subTitle}</Typography.Text> : null}
      </div>
      {extra ? (
        <Flex gap={8} wrap className="page-header-extra">
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}
