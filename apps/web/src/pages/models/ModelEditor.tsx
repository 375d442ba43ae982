import { useEffect, useMemo, useState } from 'react';
import { useBlocker } from 'react-router';
import { Alert, App, Button, Card, Descriptions, Flex, Input, Select, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined, HistoryOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { ApiError, previewScoringInputs, type Category, type ScoringModelSummary } from '@jx/contract';
import { useScoringModels, useUpdateScoringModel } from '../../api/models';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';
import { JsonView } from './JsonView';
import { getNode, sameModel, serverIssues, validateDraft, type ModelDraft, type ModelIssue } from './modelTree';
import { PreviewPanel } from './PreviewPanel';
import { RulesEditor } from './RulesEditor';
import { TreeEditor } from './TreeEditor';
import { useEditorOptions } from './useEditorOptions';
import { VersionsDrawer } from './VersionsDrawer';

type TabKey = 'tree' | 'rules' | 'json' | 'preview';

interface Saved {
  definition: ModelDraft;
  name: string;
  categoryIds: string[];
}

/**
 * One model in the editor: its name and categories, the tree, grades and adjustments, the JSON, and the what-if preview.
 * Problems the engine's schema finds are listed at the top and marked on their node as the user edits; 保存为新版本 sends
 * the draft with the version read (a stale one is 409) and shows the server's problems, named by node, the same way.
 */
export function ModelEditor(props: { model: ScoringModelSummary; yearId: string; categories: readonly Category[]; canEdit: boolean; onBack: () => void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const { model } = props;
  const update = useUpdateScoringModel();
  const models = useScoringModels(props.yearId);
  const options = useEditorOptions(props.yearId);
  const [saved, setSaved] = useState<Saved>(() => ({ definition: model.definition as ModelDraft, name: model.name, categoryIds: model.categoryIds }));
  const [draft, setDraftState] = useState<ModelDraft>(saved.definition);
  const [name, setName] = useState(saved.name);
  const [categoryIds, setCategoryIds] = useState(saved.categoryIds);
  const [note, setNote] = useState('');
  const [fromServer, setFromServer] = useState<ModelIssue[]>([]);
  const [tab, setTab] = useState<TabKey>('tree');
  const [selected, setSelected] = useState('root');
  const [history, setHistory] = useState(false);

  const setDraft = (d: ModelDraft) => {
    setDraftState(d);
    setFromServer([]);
  };
  const local = useMemo(() => validateDraft(draft), [draft]);
  const issues = fromServer.length ? fromServer : local;
  const dirty = !sameModel(draft, saved.definition) || name !== saved.name || [...categoryIds].sort().join() !== [...saved.categoryIds].sort().join();
  const takenBy = new Map((models.data ?? []).filter((m) => m.id !== model.id).flatMap((m) => m.categoryIds.map((id) => [id, m.name] as const)));
  const readOnly = !props.canEdit;
  // The preview's inputs name every rater: the office only.
  const canPreview = canCall(previewScoringInputs, useCurrentUser().roles);

  // Unsaved changes: leaving the page asks first, and so does closing or reloading the tab.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('models.leave.title'),
      content: t('models.leave.content'),
      okText: t('models.leave.ok'),
      okType: 'danger',
      cancelText: t('common.actions.cancel'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [blocker.state]);
  useEffect(() => {
    if (!dirty) return;
    const onUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [dirty]);

  const back = () => {
    if (!dirty) return props.onBack();
    modal.confirm({
      title: t('models.leave.title'),
      content: t('models.leave.content'),
      okText: t('models.leave.ok'),
      okType: 'danger',
      cancelText: t('common.actions.cancel'),
      okButtonProps: { 'data-testid': 'leave-confirm' } as Record<`data-${string}`, string>,
      onOk: props.onBack,
    });
  };
  const discard = () =>
    modal.confirm({
      title: t('models.discard.title'),
      content: t('models.discard.content'),
      okText: t('models.discard.ok'),
      okType: 'danger',
      cancelText: t('common.actions.cancel'),
      okButtonProps: { 'data-testid': 'discard-confirm' } as Record<`data-${string}`, string>,
      onOk: () => {
        setDraft(saved.definition);
        setName(saved.name);
        setCategoryIds(saved.categoryIds);
      },
    });

  const save = async () => {
    try {
      const after = await update.mutateAsync({
        params: { id: model.id },
        body: { name: name.trim(), categoryIds, definition: draft, note: note.trim() || null, version: model.version },
      });
      const next = { definition: after.definition as ModelDraft, name: after.name, categoryIds: after.categoryIds };
      setSaved(next);
      setDraft(next.definition);
      setNote('');
      message.success(t('models.messages.saved', { n: after.currentVersionNo }));
    } catch (e) {
      const placed = e instanceof ApiError && e.code === 'VALIDATION_FAILED' ? serverIssues((e.details as { issues?: ModelIssue[] })?.issues ?? []) : [];
      if (placed.length) {
        setFromServer(placed);
        message.error(t('models.messages.invalid'));
      } else handleError(e);
    }
  };

  /** Where an issue is: its node (by label) or the section of the rules it is in. */
  const whereOf = (i: ModelIssue) => {
    if (i.nodeKey) return getNode(draft.root, i.nodeKey)?.label ?? i.nodeKey;
    const section = i.path.split('.')[0];
    return section && ['grades', 'scales', 'deductionCategories', 'bonusCap', 'quotaTies', 'name'].includes(section)
      ? t(`models.sections.${section as 'grades'}`)
      : t('models.sections.model');
  };
  const goTo = (i: ModelIssue) => {
    if (i.nodeKey) {
      setSelected(i.nodeKey);
      setTab('tree');
    } else setTab('rules');
  };

  const header = (
    <Card>
      <Flex vertical gap={12}>
        <Flex gap={12} wrap align="center">
          <Input
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={60}
            disabled={readOnly}
            aria-label={t('models.fields.name')}
            status={name.trim() ? undefined : 'error'}
            style={{ flex: '1 1 320px', maxWidth: 420, fontWeight: 600 }}
            data-testid="model-name-input"
          />
          <Select
            mode="multiple"
            value={categoryIds}
            onChange={setCategoryIds}
            disabled={readOnly}
            aria-label={t('models.fields.categories')}
            placeholder={t('models.fields.categories')}
            status={categoryIds.length ? undefined : 'error'}
            style={{ flex: '1 1 320px' }}
            options={props.categories.map((c) => ({
              value: c.id,
              label: takenBy.has(c.id) ? `${c.name}（${t('models.create.taken', { name: takenBy.get(c.id)! })}）` : c.name,
              disabled: takenBy.has(c.id),
            }))}
            data-testid="model-categories"
          />
        </Flex>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 3 }}
          items={[
            {
              key: 'v',
              label: t('models.fields.version'),
              children: <span data-testid="editor-version">{t('models.versionNo', { n: model.currentVersionNo })}</span>,
            },
            { key: 'u', label: t('models.fields.updatedAt'), children: formatDateTime(model.updatedAt) },
            {
              key: 's',
              label: t('models.fields.state'),
              children: dirty ? (
                <Typography.Text type="warning" data-testid="editor-dirty">
                  {t('models.unsaved')}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary">{t('models.upToDate')}</Typography.Text>
              ),
            },
          ]}
        />
        <Flex gap={8} wrap justify="space-between">
          <Flex gap={8} wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={back} data-testid="editor-back">
              {t('models.actions.back')}
            </Button>
            <Button icon={<HistoryOutlined />} onClick={() => setHistory(true)}>
              {t('models.actions.history')}
            </Button>
            {props.canEdit ? (
              <Button icon={<UndoOutlined />} disabled={!dirty} onClick={discard} data-testid="editor-discard">
                {t('models.actions.discard')}
              </Button>
            ) : null}
          </Flex>
          {props.canEdit ? (
            <Flex gap={8} style={{ flex: '0 1 520px' }}>
              <Input
                value={note}
                onChange={(e) => setNote(e.target.value)}
                maxLength={200}
                placeholder={t('models.notePlaceholder')}
                aria-label={t('models.fields.note')}
                data-testid="editor-note"
              />
              <Button
                type="primary"
                icon={<SaveOutlined />}
                loading={update.isPending}
                disabled={!dirty || local.length > 0 || !name.trim() || !categoryIds.length}
                onClick={() => void save()}
                data-testid="editor-save"
              >
                {t('models.actions.save')}
              </Button>
            </Flex>
          ) : null}
        </Flex>
      </Flex>
    </Card>
  );

  const problems = issues.length ? (
    <Alert
      type="error"
      showIcon
      data-testid="model-issues"
      title={t(fromServer.length ? 'models.issues.server' : 'models.issues.local', { count: issues.length })}
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {issues.slice(0, 12).map((i, n) => (
            <li key={`${i.path}-${n}`} data-testid="model-issue">
              <Typography.Link onClick={() => goTo(i)}>{whereOf(i)}</Typography.Link>
              {fromServer.length ? '：' : `：${i.message}`}
              {fromServer.length ? i.message : null}
              <Typography.Text type="secondary" className="small">
                {' '}
                （{i.path || t('models.sections.model')}）
              </Typography.Text>
            </li>
          ))}
          {issues.length > 12 ? <li>{t('models.issues.more', { count: issues.length - 12 })}</li> : null}
        </ul>
      }
    />
  ) : null;

  return (
    <Flex vertical gap={16}>
      {header}
      {problems}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k as TabKey)}
          items={[
            {
              key: 'tree',
              label: <span data-testid="tab-tree">{t('models.tabs.tree')}</span>,
              children: (
                <TreeEditor
                  draft={draft}
                  onChange={setDraft}
                  issues={issues}
                  selected={selected}
                  onSelect={setSelected}
                  options={options}
                  readOnly={readOnly}
                />
              ),
            },
            {
              key: 'rules',
              label: <span data-testid="tab-rules">{t('models.tabs.rules')}</span>,
              children: <RulesEditor draft={draft} onChange={setDraft} issues={issues} options={options} readOnly={readOnly} />,
            },
            {
              key: 'json',
              label: <span data-testid="tab-json">{t('models.tabs.json')}</span>,
              children: <JsonView draft={draft} onChange={setDraft} fileName={`${name || model.name}.json`} readOnly={readOnly} />,
            },
            ...(canPreview
              ? [
                  {
                    key: 'preview',
                    label: <span data-testid="tab-preview">{t('models.tabs.preview')}</span>,
                    children: (
                      <PreviewPanel
                        yearId={props.yearId}
                        categories={props.categories.filter((c) => categoryIds.includes(c.id) || saved.categoryIds.includes(c.id))}
                        saved={saved.definition}
                        edited={draft}
                        dirty={dirty}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <VersionsDrawer model={history ? model : null} onClose={() => setHistory(false)} />
    </Flex>
  );
}
