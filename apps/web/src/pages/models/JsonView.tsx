import { useState } from 'react';
import { Alert, App, Button, Flex, Input, Typography, Upload } from 'antd';
import { CheckOutlined, DownloadOutlined, UndoOutlined, UploadOutlined } from '@ant-design/icons';
import { useT } from '../../locales';
import { saveBlob } from '../../utils/saveBlob';
import { canonical, isModelShape, type ModelDraft } from './modelTree';

const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';
const pretty = (d: ModelDraft) => JSON.stringify(canonical(d), null, 2);

/**
 * The model as JSON, kept in step with the other tabs: edits elsewhere rewrite the text unless it has changes of its
 * own; pasted or imported text replaces the draft once it is JSON in the shape of a model (its values are then
 * checked like any other edit). 下载 saves the draft as a .json file.
 */
export function JsonView(props: { draft: ModelDraft; onChange: (d: ModelDraft) => void; fileName: string; readOnly: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  // The text the user is editing; while they are not, the textarea shows the draft as it is.
  const [own, setOwn] = useState<string | null>(null);
  const edited = own !== null;
  const text = own ?? pretty(props.draft);
  const [problem, setProblem] = useState<string | null>(null);

  const apply = (source: string) => {
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (e) {
      setProblem(t('models.json.notJson', { detail: e instanceof Error ? e.message : String(e) }));
      return;
    }
    if (!isModelShape(value)) {
      setProblem(t('models.json.notModel'));
      return;
    }
    setProblem(null);
    setOwn(null);
    props.onChange(value);
    message.success(t('models.json.applied'));
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('models.json.hint')}</Typography.Text>
      {problem ? <Alert type="error" showIcon title={problem} data-testid="json-problem" /> : null}
      <Input.TextArea
        value={text}
        readOnly={props.readOnly}
        onChange={(e) => setOwn(e.target.value)}
        autoSize={{ minRows: 16, maxRows: 32 }}
        spellCheck={false}
        style={{ fontFamily: MONO, fontSize: 12 }}
        aria-label={t('models.tabs.json')}
        data-testid="model-json"
      />
      <Flex gap={8} wrap>
        {props.readOnly ? null : (
          <>
            <Button type="primary" icon={<CheckOutlined />} disabled={!edited} onClick={() => apply(text)} data-testid="json-apply">
              {t('models.json.apply')}
            </Button>
            <Button
              icon={<UndoOutlined />}
              disabled={!edited}
              onClick={() => {
                setOwn(null);
                setProblem(null);
              }}
            >
              {t('models.json.revert')}
            </Button>
            <Upload
              accept=".json,application/json"
              showUploadList={false}
              beforeUpload={(file) => {
                void file.text().then(apply);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} data-testid="json-import">
                {t('models.json.import')}
              </Button>
            </Upload>
          </>
        )}
        <Button
          icon={<DownloadOutlined />}
          onClick={() => saveBlob(new Blob([pretty(props.draft)], { type: 'application/json' }), props.fileName)}
          data-testid="json-download"
        >
          {t('models.json.download')}
        </Button>
      </Flex>
    </Flex>
  );
}
