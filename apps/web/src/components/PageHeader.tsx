import type { ReactNode } from 'react';
import { Flex, Typography, theme } from 'antd';

export interface PageHeaderProps {
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
}

/**
 * A page's title and subtitle, its controls at the right; on a phone the controls wrap below the title. The title is the
 * page's one h1 (for screen readers' heading navigation), drawn at the size of an h4.
 */
export function PageHeader({ title, subTitle, extra }: PageHeaderProps) {
  const { token } = theme.useToken();
  return (
    <Flex className="page-header" justify="space-between" align="center" gap={16} wrap>
      <div className="page-header-main">
        <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading4, lineHeight: token.lineHeightHeading4 }}>
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
