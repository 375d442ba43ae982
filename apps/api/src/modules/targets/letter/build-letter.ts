import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { formatCents, groupCents, sumCents, type LetterData, type LetterGroup, type LetterTarget } from './letter-data.ts';

// Fonts by name only: the reader's Word substitutes what it lacks (仿宋_GB2312 → 仿宋, 方正小标宋简体 → 宋体).
const BODY_FONT = '仿宋_GB2312';
const TABLE_FONT = '宋体';
const HEADING_FONT = '黑体';
const TITLE_FONT = '方正小标宋简体';
const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

// A4 portrait with 2.5 cm / 2 cm margins (twips); the table columns fill the text width.
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1418, bottom: 1418, left: 1134, right: 1134 };
const COLUMNS = [
  { header: '序号', width: 520 },
  { header: '目标名称', width: 1500 },
  { header: '工作内容', width: 1880 },
  { header: '工作措施', width: 1880 },
  { header: '工作时限', width: 1080 },
  { header: '预期效果', width: 1500 },
  { header: '分值', width: 560 },
  { header: '责任人', width: 718 },
] as const;
const TEXT_WIDTH = COLUMNS.reduce((w, c) => w + c.width, 0);

/** 2026-12-31 → 2026年12月31日. */
const chineseDate = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

const responsibleText = (t: LetterTarget) => (t.responsibles.length ? t.responsibles.map((r) => `${r.name}（${Number(r.share)}%）`).join('、') : '—');

function cell(text: string, opts: { width: number; span?: number; bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] }) {
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    columnSpan: opts.span,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 40, bottom: 40 },
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: opts.align ?? AlignmentType.LEFT,
          children: [new TextRun({ text: line, bold: opts.bold, font: font(TABLE_FONT), size: 20 })],
        }),
    ),
  });
}

function targetRow(t: LetterTarget, no: number) {
  const values = [
    String(no),
    t.title,
    t.content,
    t.measures,
    chineseDate(t.deadline),
    t.expectedResult,
    formatCents(sumCents([t.maxScore])),
    responsibleText(t),
  ];
  const centred = new Set([0, 4, 6]);
  return new TableRow({
    cantSplit: true,
    children: values.map((v, i) => cell(v, { width: COLUMNS[i]!.width, align: centred.has(i) ? AlignmentType.CENTER : AlignmentType.LEFT })),
  });
}

function groupTable(g: LetterGroup) {
  const header = new TableRow({ tableHeader: true, children: COLUMNS.map((c) => cell(c.header, { width: c.width, bold: true, align: AlignmentType.CENTER })) });
  const labelWidth = COLUMNS.slice(0, 6).reduce((w, c) => w + c.width, 0);
  const subtotal = new TableRow({
    cantSplit: true,
    children: [
      cell('小计', { width: labelWidth, span: 6, bold: true, align: AlignmentType.CENTER }),
      cell(formatCents(groupCents(g)), { width: COLUMNS[6].width, bold: true, align: AlignmentType.CENTER }),
      cell('', { width: COLUMNS[7].width }),
    ],
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    rows: [header, ...g.targets.map((t, i) => targetRow(t, i + 1)), subtotal],
  });
}

const body = (text: string, opts: { indent?: boolean; bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  new Paragraph({
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    indent: opts.indent === false ? undefined : { firstLine: 640 },
    spacing: { line: 560, lineRule: 'exact' },
    children: [new TextRun({ text, bold: opts.bold, font: font(BODY_FONT), size: 32 })],
  });

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ordinal = (i: number) => CHINESE_NUMERALS[i] ?? String(i + 1);

function signatureBlock() {
  const half = TEXT_WIDTH / 2;
  const side = (lines: string[]) =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      children: lines.map(
        (text) => new Paragraph({ spacing: { before: 240, after: 240 }, children: [new TextRun({ text, font: font(BODY_FONT), size: 32 })] }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, half],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          side(['责任单位（盖章）', '主要负责人（签字）：', '日期：　　年　　月　　日']),
          side(['省交通运输厅（盖章）', '主要负责人（签字）：', '日期：　　年　　月　　日']),
        ],
      }),
    ],
  });
}

/** The .docx of a 目标责任书. Pure: the same data gives the same document (no clock, no I/O). */
export function buildLetter(data: LetterData): Promise<Buffer> {
  const title = `${data.year}年度 ${data.unitName} 目标责任书`;
  const count = data.groups.reduce((n, g) => n + g.targets.length, 0);
  const total = data.groups.reduce((sum, g) => sum + groupCents(g), 0);
  const scope = data.limitedToPerson
    ? `（本责任书仅含分解给${data.limitedToPerson}的目标）`
    : data.limitedToTypes
      ? `（本责任书仅含${data.limitedToTypes.join('、')}类目标）`
      : null;

  const children = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: scope ? 120 : 480 },
      children: [new TextRun({ text: title, font: font(TITLE_FONT), size: 44 })],
    }),
    ...(scope
      ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 480 }, children: [new TextRun({ text: scope, font: font(BODY_FONT), size: 28 })] })]
      : []),
    body(
      `为全面完成${data.year}年度全省交通运输目标任务，依据《${data.year}年度目标绩效考核办法》及有关规定，经省交通运输厅审核发布，` +
        `确定${data.unitName}${data.year}年度目标如下。责任单位主要负责人为目标完成的第一责任人，应按照确定的工作措施和时限抓好落实，按时报送目标进展情况；` +
        `目标完成情况纳入${data.year}年度目标绩效考核。`,
    ),
    ...data.groups.flatMap((g, i) => [
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        spacing: { before: 240, after: 120 },
        children: [
          new TextRun({
            text: `${ordinal(i)}、${g.typeName}（${g.targets.length}项，${formatCents(groupCents(g))}分）`,
            font: font(HEADING_FONT),
            size: 32,
            color: '000000',
          }),
        ],
      }),
      groupTable(g),
    ]),
    body(`以上目标共${count}项，总分值${formatCents(total)}分。`, { bold: true }),
    body('本责任书一式两份，省交通运输厅与责任单位各执一份，自双方签字盖章之日起生效。目标如需调整，按目标修订程序办理，经审核发布后以修订后的目标为准。'),
    signatureBlock(),
  ];

  const doc = new Document({
    title,
    creator: '目标绩效管理平台',
    styles: { default: { document: { run: { font: font(BODY_FONT), size: 32 } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(TABLE_FONT), size: 28 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
