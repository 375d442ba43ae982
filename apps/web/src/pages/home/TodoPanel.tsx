import { Badge, Card, Col, Row, Skeleton, Spin, Typography } from 'antd';
import { ScheduleOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useT } from '../../locales';
import { useTodos, type Todo } from './useTodos';
import './home.css';

/** 我的待办 on the home page: one tile per kind of work waiting, each opening the list where it is done. */
export function TodoPanel() {
  const t = useT();
  const { todos, loading, yearName } = useTodos();
  return (
    <Card
      title={
        <span>
          <ScheduleOutlined style={{ marginInlineEnd: 8 }} />
          {t('common.home.todo.title')}
        </span>
      }
      extra={yearName ? <Typography.Text type="secondary">{yearName}</Typography.Text> : null}
      data-testid="home-todos"
    >
      {loading ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Row gutter={[12, 12]}>
          {todos.map((todo) => (
            <Col key={todo.key} xs={12} md={8} xl={6}>
              <TodoTile todo={todo} />
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}

function TodoTile({ todo }: { todo: Todo }) {
  const t = useT();
  const navigate = useNavigate();
  const waiting = (todo.count ?? 0) > 0;
  const label = t(`common.home.todo.items.${todo.key}`);
  return (
    <button
      type="button"
      className={`todo-tile${waiting ? ` todo-tile-${todo.tone}` : ''}`}
      onClick={() => void navigate(todo.to)}
      data-testid={`todo-${todo.key}`}
      data-count={todo.count ?? ''}
      aria-busy={todo.loading}
      aria-label={`${label} ${todo.count ?? '—'}`}
    >
      <span className="todo-count">{todo.loading ? <Spin size="small" /> : (todo.count ?? '—')}</span>
      <span className="todo-label">
        {waiting && todo.tone === 'danger' ? <Badge status="error" /> : null}
        {label}
      </span>
    </button>
  );
}
