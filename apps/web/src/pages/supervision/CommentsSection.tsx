import { useMemo } from 'react';
import { App, Button, Card, Empty, Flex, Form, Input, Select, Skeleton, Tag, Timeline, Typography } from 'antd';
import { createComment, formatPeriodKey, type Target } from '@jx/contract';
import { useComments, useCreateComment, useTargetReportPeriods } from '../../api/supervision';
import { ErrorState } from '../../components/ErrorState';
import { ZodFormItem } from '../../components/form/ZodFormItem';
import { bodyShape } from '../../components/form/zodRule';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { useCanSupervise } from './useCanSupervise';

interface Values {
  body?: string;
  reportId?: string;
}
const WHOLE = '';
const MAX = 2000;

/** 领导点评 on the target page: the comments in time order (with the report period they are about) and, for supervisors, a form. */
export function CommentsSection({ target }: { target: Pick<Target, 'id' | 'unitId' | 'targetTypeId'> }) {
  const t = useT();
  const comments = useComments(target.id);
  const reports = useTargetReportPeriods(target.id);
  const canComment = useCanSupervise(target);
  const periodOf = useMemo(() => new Map((reports.data ?? []).map((r) => [r.id, formatPeriodKey(r.periodKey)])), [reports.data]);

  let body;
  if (comments.isError && !comments.data) body = <ErrorState compact error={comments.error} onRetry={() => void comments.refetch()} />;
  else if (!comments.data) body = <Skeleton active paragraph={{ rows: 2 }} />;
  else if (comments.data.length === 0) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.comments.empty')} />;
  else
    body = (
      <Timeline
        data-testid="comment-list"
        items={comments.data.map((c) => ({
          key: c.id,
          color: 'blue',
          content: (
            <Flex vertical gap={2} data-testid="comment-item">
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{c.authorName}</Typography.Text>
                <Typography.Text type="secondary" className="small">
                  {formatDateTime(c.createdAt)}
                </Typography.Text>
                {c.reportId && periodOf.has(c.reportId) ? (
                  <Tag color="geekblue">{t('supervision.comments.onReport', { period: periodOf.get(c.reportId)! })}</Tag>
                ) : null}
              </Flex>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="comment-body">
                {c.body}
              </Typography.Paragraph>
            </Flex>
          ),
        }))}
      />
    );

  return (
    <Card
      size="small"
      title={t('supervision.comments.title')}
      extra={
        comments.data?.length ? (
          <Typography.Text type="secondary" className="small">
            {t('supervision.comments.count', { n: comments.data.length })}
          </Typography.Text>
        ) : null
      }
      data-testid="comments-section"
    >
      {body}
      {canComment ? (
        <CommentForm
          targetId={target.id}
          periods={(reports.data ?? []).map((r) => ({ value: r.id, label: t('supervision.reportPeriod', { period: formatPeriodKey(r.periodKey) }) }))}
        />
      ) : null}
    </Card>
  );
}

function CommentForm({ targetId, periods }: { targetId: string; periods: { value: string; label: string }[] }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateComment();
  const handleError = useApiErrorHandler();
  const submit = (v: Values) =>
    create.mutate(
      { params: { id: targetId }, body: { body: (v.body ?? '').trim(), reportId: v.reportId || null } },
      {
        onSuccess: () => {
          message.success(t('supervision.comments.success'));
          form.resetFields();
        },
        onError: (e) => handleError(e, { form }),
      },
    );

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ reportId: WHOLE }} style={{ marginTop: 8 }} data-testid="comment-form">
      <ZodFormItem name="body" schema={bodyShape(createComment).body} style={{ marginBottom: 28 }}>
        <Input.TextArea
          rows={3}
          maxLength={MAX}
          showCount
          placeholder={t('supervision.comments.placeholder')}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              form.submit();
            }
          }}
          data-testid="comment-input"
        />
      </ZodFormItem>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Flex align="center" gap={8}>
          <Typography.Text type="secondary">{t('supervision.comments.report')}</Typography.Text>
          <Form.Item name="reportId" noStyle>
            <Select
              style={{ width: 180 }}
              aria-label={t('supervision.comments.report')}
              options={[{ value: WHOLE, label: t('supervision.comments.wholeTarget') }, ...periods]}
              data-testid="comment-report"
            />
          </Form.Item>
        </Flex>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="comment-submit">
          {t('supervision.comments.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
