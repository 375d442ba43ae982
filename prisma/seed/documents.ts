// Word work documents (工作文档) of the demo year: a 进展情况说明 on about one progress report in eight and on every
// report of three showcase targets of 成都, and a 年度工作方案 on about one published target in ten (the showcase
// targets' in two versions). Each is a real .docx (docx.ts) stored as the upload route stores one: the original bytes
// under a generated name in the document store, sha256 and size, and the sanitised HTML and text of the upload
// conversion. The store, the conversion and the display-name rule are the API's and are passed in (SeedDocumentDeps):
// the seed never imports apps/api (decision 0017).
//
// Speed: converting ~1 000 documents one by one would take a minute. Documents of the same shape (same blocks and
// table sizes) convert to the same HTML with different text, so each shape is converted once with numbered markers
// in place of the text, and every document's HTML and text are that result with its own (escaped) text put in.
// apps/api/test/seed/seed.check.ts converts a sample of the stored bytes for real and compares.
import { createHash } from 'node:crypto';
import { formatPeriodKey } from '@jx/contract';
import type { AccountSeed } from './accounts.ts';
import { buildDocx, type DocxBlock, type DocxSpec } from './docx.ts';
import type { PersonsSeed } from './persons.ts';
import { createRng, stableId } from './random.ts';
import type { ReportRow } from './reports.ts';
import type { TargetsSeed } from './targets.ts';
import { ALL_UNITS, unitByCode } from './units.ts';

const HOUR = 3_600_000;
/** Share of the other reports that carry a 进展情况说明. */
export const REPORT_DOCUMENT_SHARE = 1 / 8;
/** Share of the other published targets that carry a 年度工作方案. */
export const TARGET_DOCUMENT_SHARE = 1 / 10;
export const SHOWCASE_UNIT = 'CITY-CD';
export const SHOWCASE_TARGETS = 3;

/**
 * The app's document store as far as the seed uses it: structurally the API's `DocumentStorage`, which the caller
 * passes (its names are generated `<uuid>.docx`, see stableStoredName).
 */
export interface SeedDocumentStore {
  put(storedName: string, bytes: Buffer): Promise<void>;
  get(storedName: string): Promise<Buffer>;
  delete(storedName: string): Promise<void>;
  exists(storedName: string): Promise<boolean>;
}

/** What the seed needs from the app to write documents exactly as an upload would; the API passes its own code. */
export interface SeedDocumentDeps {
  /** Where the files go: the app's document store (DATA_DIR/documents). */
  store: SeedDocumentStore;
  /** The upload conversion (.docx bytes → sanitised HTML, plain text, warnings): the API's convertDocxInProcess. */
  convert(bytes: Buffer): Promise<{ html: string; text: string; warnings: string[] }>;
  /** The display name an upload of this file name gets: the API's safeDocxFileName. */
  fileName(original: string): string;
}

/** A document row as the upload route writes it (Document), plus the bytes for the store. */
export interface DocumentSeed {
  row: {
    id: string;
    seriesId: string;
    versionNo: number;
    targetId: string | null;
    reportId: string | null;
    fileName: string;
    storedName: string;
    sha256: string;
    sizeBytes: number;
    title: string | null;
    html: string;
    text: string;
    warnings: string[];
    uploadedById: string;
    createdAt: Date;
  };
  bytes: Buffer;
}

interface Planned {
  key: string;
  versionNo: number;
  targetId: string | null;
  reportId: string | null;
  fileName: string;
  uploadedById: string;
  createdAt: Date;
  spec: DocxSpec;
}

/** A generated storage name (`<uuid v4 layout>.docx`, see storedDocxName) that is the same on every run. */
export function stableStoredName(key: string): string {
  const id = stableId('document-file', key);
  return `${id.slice(0, 14)}4${id.slice(15)}.docx`;
}

const cn = (d: Date) => {
  const b = new Date(d.getTime() + 8 * HOUR);
  return `${b.getUTCFullYear()}年${b.getUTCMonth() + 1}月${b.getUTCDate()}日`;
};
const periodLabel = (year: number, p: string) => `${year}年${formatPeriodKey(p)}`;

const MEASURES = [
  '建立周调度、月通报工作机制，对滞后事项实行挂牌督办，确保各节点按期完成。',
  '明确责任领导和具体责任人，将任务分解到科室、落实到岗位，纳入年度绩效考核。',
  '加强与发展改革、财政、自然资源等部门的沟通衔接，及时协调解决要素保障问题。',
];
const GUARANTEES = [
  '加强组织领导。成立由主要负责同志任组长的工作专班，定期研究解决推进中的重大问题。',
  '强化督促检查。将目标任务纳入督查督办事项，对进度滞后的及时预警、限期整改。',
  '严格考核问效。把目标完成情况作为年度绩效考核的重要依据，对工作不力的严肃问责。',
];

export function buildDocuments(targets: TargetsSeed, reports: ReportRow[], people: PersonsSeed, accounts: AccountSeed[], year: number, now: Date): Planned[] {
  const rng = createRng(`documents:${year}`);
  const unitById = new Map(ALL_UNITS.map((u) => [u.id, u]));
  const personById = new Map(people.persons.map((p) => [p.id, p]));
  const accountByPerson = new Map(accounts.map((a) => [a.personId, a.id]));
  const unitAdmin = new Map(accounts.filter((a) => a.roles.includes('UNIT_ADMIN') && a.unitId).map((a) => [a.unitId!, a.id]));
  const perf = accounts.find((a) => a.username === 'perf')!.id;
  const reportsOf = new Map<string, ReportRow[]>();
  for (const r of reports) reportsOf.set(r.targetId, [...(reportsOf.get(r.targetId) ?? []), r]);
  const milestonesOf = new Map<string, { period: string; plannedPercent: number }[]>();
  for (const m of targets.milestones) milestonesOf.set(m.targetId, [...(milestonesOf.get(m.targetId) ?? []), m]);
  const respOf = new Map<string, { personId: string; shareBp: number }[]>();
  for (const r of targets.responsibles) respOf.set(r.targetId, [...(respOf.get(r.targetId) ?? []), r]);
  const firstPublished = new Map(targets.revisions.filter((r) => r.revisionNo === 1 && r.publishedAt).map((r) => [r.targetId, r.publishedAt!]));
  // The documents speak of the target as published (a 修订 under way may have changed its working title since).
  const publishedTitle = new Map(targets.revisions.filter((r) => r.revisionNo === 1).map((r) => [r.targetId, (r.snapshot as { title: string }).title]));

  const cd = unitByCode(SHOWCASE_UNIT).id;
  const published = targets.targets.filter((t) => t.status === 'PUBLISHED' || firstPublished.has(t.id));
  const showcase = new Set(
    published
      .filter((t) => t.unitId === cd && t.status === 'PUBLISHED' && reportsOf.has(t.id))
      .slice(0, SHOWCASE_TARGETS)
      .map((t) => t.id),
  );
  const out: Planned[] = [];

  for (const target of published) {
    const t = { ...target, title: publishedTitle.get(target.id) ?? target.title };
    const unit = unitById.get(t.unitId)!;
    const uploader = (respOf.get(t.id) ?? []).map((r) => accountByPerson.get(r.personId)).find(Boolean) ?? unitAdmin.get(t.unitId) ?? perf;
    const milestones = milestonesOf.get(t.id) ?? [];
    const planned = new Map(milestones.map((m) => [m.period, m.plannedPercent]));

    // 年度工作方案 on the target, written before the first publication.
    const publishedAt = firstPublished.get(t.id);
    const isShowcase = showcase.has(t.id);
    if (publishedAt && (isShowcase || rng.chance(TARGET_DOCUMENT_SHARE))) {
      const versions = isShowcase ? 2 : 1;
      for (let v = 1; v <= versions; v++) {
        // Written between the declaration and the publication.
        const span = Math.max(publishedAt.getTime() - t.createdAt.getTime(), 2 * HOUR);
        const createdAt = new Date(t.createdAt.getTime() + (span * v) / (versions + 1) + rng.int(1, 8) * (HOUR / 8));
        if (createdAt > now) continue;
        const responsibles = (respOf.get(t.id) ?? []).map((r) => {
          const p = personById.get(r.personId);
          return [p?.name ?? '—', p?.position ?? '—', `${(r.shareBp / 100).toFixed(0)}%`];
        });
        const title = `${unit.name}“${t.title}”${year}年度工作方案${v > 1 ? '（修订稿）' : ''}`;
        const blocks: DocxBlock[] = [
          { kind: 'heading', level: 1, text: title },
          { kind: 'paragraph', text: `为确保“${t.title}”年度目标按期完成，结合本单位工作实际，制定本方案。` },
          { kind: 'heading', level: 2, text: '一、工作目标' },
          { kind: 'paragraph', text: `${t.content}${t.metricTarget ? `全年完成 ${t.metricTarget} ${t.metricUnit ?? ''}。` : ''}预期成效：${t.expectedResult}` },
          { kind: 'heading', level: 2, text: '二、主要措施' },
          { kind: 'paragraph', text: t.measures },
          { kind: 'paragraph', text: v > 1 ? `根据厅绩效办审核意见，${rng.pick(MEASURES)}` : rng.pick(MEASURES) },
          { kind: 'heading', level: 2, text: '三、进度安排' },
          {
            kind: 'table',
            header: ['序号', '时间节点', '计划累计进度', '阶段任务'],
            rows: milestones.map((m, i) => [
              String(i + 1),
              periodLabel(year, m.period),
              `${m.plannedPercent}%`,
              i === milestones.length - 1 ? '全面完成年度目标并总结' : '按计划推进，报送进展情况',
            ]),
          },
          { kind: 'heading', level: 2, text: '四、责任分工' },
          { kind: 'table', header: ['责任人', '职务', '责任分担'], rows: responsibles },
          { kind: 'heading', level: 2, text: '五、保障措施' },
          { kind: 'paragraph', text: rng.pick(GUARANTEES) },
          { kind: 'paragraph', text: unit.name, align: 'right' },
          { kind: 'paragraph', text: cn(createdAt), align: 'right' },
        ];
        out.push({
          key: `target:${t.id}`,
          versionNo: v,
          targetId: t.id,
          reportId: null,
          fileName: `${unit.shortName}-${t.title}-工作方案${v > 1 ? '（修订稿）' : ''}.docx`,
          uploadedById: uploader,
          createdAt,
          spec: { title, author: unit.name, created: createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z'), blocks },
        });
      }
    }

    // 进展情况说明 on reports, with the statistics of every report so far.
    const rs = reportsOf.get(t.id) ?? [];
    rs.forEach((r, i) => {
      if (!isShowcase && !rng.chance(REPORT_DOCUMENT_SHARE)) return;
      const plan = planned.get(r.periodKey) ?? 0;
      const gap = r.actualPercent - plan;
      const state = (actual: number, p: number) => (actual >= p ? '按计划推进' : `滞后 ${p - actual} 个百分点`);
      const period = periodLabel(year, r.periodKey);
      const title = `${unit.name}关于“${t.title}”${period}进展情况的报告`;
      const createdAt = new Date(r.submittedAt.getTime() - rng.int(1, 4) * HOUR);
      const blocks: DocxBlock[] = [
        { kind: 'heading', level: 1, text: title },
        { kind: 'paragraph', text: '省交通运输厅绩效管理办公室：' },
        { kind: 'paragraph', text: `按照年度目标绩效管理工作安排，现将“${t.title}”${period}进展情况报告如下。` },
        { kind: 'heading', level: 2, text: '一、总体进展' },
        { kind: 'paragraph', text: r.narrative },
        {
          kind: 'paragraph',
          text: `截至${period}末，累计完成 ${r.actualPercent}%，计划累计进度 ${plan}%，${gap >= 0 ? '总体按计划推进' : `滞后计划 ${-gap} 个百分点`}${r.actualValue ? `，完成量 ${r.actualValue} ${t.metricUnit ?? ''}` : ''}。`,
        },
        { kind: 'heading', level: 2, text: '二、完成情况统计' },
        {
          kind: 'table',
          header: ['序号', '报告期', '计划累计进度', '实际累计进度', '完成情况'],
          rows: rs.slice(0, i + 1).map((x, k) => {
            const p = planned.get(x.periodKey) ?? 0;
            return [String(k + 1), formatPeriodKey(x.periodKey), `${p}%`, `${x.actualPercent}%`, state(x.actualPercent, p)];
          }),
        },
        { kind: 'heading', level: 2, text: '三、存在问题' },
        { kind: 'paragraph', text: r.problems ?? '本期暂无突出问题。' },
        { kind: 'heading', level: 2, text: '四、下步工作打算' },
        { kind: 'paragraph', text: r.nextSteps ?? '继续按计划推进各项工作。' },
        { kind: 'paragraph', text: unit.name, align: 'right' },
        { kind: 'paragraph', text: cn(r.submittedAt), align: 'right' },
      ];
      out.push({
        key: `report:${r.id}`,
        versionNo: 1,
        targetId: null,
        reportId: r.id,
        fileName: `${unit.shortName}-${t.title}-${formatPeriodKey(r.periodKey)}进展情况说明.docx`,
        uploadedById: r.reportedById,
        createdAt,
        spec: { title, author: unit.name, created: createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z'), blocks },
      });
    });
  }
  return out;
}

// ---- conversion, once per document shape ------------------------------------------------------------------------

const MARKER = /@@(\d+)@@/g;

/** The spec with every text replaced by a numbered marker, and the texts in marker order. */
function skeleton(spec: DocxSpec): { shape: DocxSpec; texts: string[] } {
  const texts: string[] = [];
  const mark = (text: string) => `@@${texts.push(text) - 1}@@`;
  const blocks = spec.blocks.map((b): DocxBlock =>
    b.kind === 'table' ? { ...b, header: b.header.map(mark), rows: b.rows.map((r) => r.map(mark)) } : { ...b, text: mark(b.text) },
  );
  return { shape: { title: 'T', author: 'A', created: '2026-01-01T00:00:00Z', blocks }, texts };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fill = (template: string, texts: string[], escape: (s: string) => string) => template.replace(MARKER, (_, i: string) => escape(texts[Number(i)]!));

/** Converts the planned documents as an upload would be converted; each distinct shape is converted once. */
export async function convertDocuments(planned: Planned[], deps: Pick<SeedDocumentDeps, 'convert' | 'fileName'>): Promise<DocumentSeed[]> {
  const shapes = new Map<string, Promise<{ html: string; text: string; warnings: string[] }>>();
  const out: DocumentSeed[] = [];
  for (const p of planned) {
    const { shape, texts } = skeleton(p.spec);
    const key = JSON.stringify(shape.blocks);
    let converted = shapes.get(key);
    if (!converted) {
      converted = deps.convert(buildDocx(shape));
      shapes.set(key, converted);
    }
    const c = await converted;
    if (c.warnings.length) throw new Error(`seed document ${p.key} converts with warnings: ${c.warnings.join('; ')}`);
    const bytes = buildDocx(p.spec);
    const heading = p.spec.blocks.find((b) => b.kind === 'heading');
    out.push({
      row: {
        id: stableId('document', `${p.key}:v${p.versionNo}`),
        seriesId: stableId('document-series', p.key),
        versionNo: p.versionNo,
        targetId: p.targetId,
        reportId: p.reportId,
        fileName: deps.fileName(p.fileName),
        storedName: stableStoredName(`${p.key}:v${p.versionNo}`),
        sha256: createHash('sha256').update(bytes).digest('hex'),
        sizeBytes: bytes.length,
        title: heading && heading.kind === 'heading' ? heading.text.replace(/\s+/g, ' ').trim().slice(0, 200) : null,
        html: fill(c.html, texts, escapeHtml),
        text: fill(c.text, texts, (s) => s),
        warnings: [],
        uploadedById: p.uploadedById,
        createdAt: p.createdAt,
      },
      bytes,
    });
  }
  return out;
}

/**
 * Puts the documents' bytes into the store. A file that is already there with the same bytes (a demo database reset
 * while its documents folder stayed) is kept; different bytes under the name are an error. Returns the names this
 * call wrote, so a failed seed can remove exactly those.
 */
export async function storeDocuments(storage: SeedDocumentStore, docs: DocumentSeed[], written: string[]): Promise<void> {
  for (const d of docs) {
    if (await storage.exists(d.row.storedName)) {
      const existing = await storage.get(d.row.storedName);
      if (!existing.equals(d.bytes)) throw new Error(`seed: the document store already holds a different ${d.row.storedName}`);
      continue;
    }
    await storage.put(d.row.storedName, d.bytes);
    written.push(d.row.storedName);
  }
}
