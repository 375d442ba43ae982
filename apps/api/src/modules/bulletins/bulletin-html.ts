import escapeHtml from 'escape-html';
import type { Bulletin } from '@jx/contract';

const e = (v: string | number | null | undefined) => escapeHtml(v === null || v === undefined ? '' : String(v));
const score = (v: number | null) => (v === null ? '—' : v.toFixed(2));
const beijing = (iso: string) => {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

const STYLE = `
@page { size: A4; margin: 22mm 20mm 20mm 20mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; color: #000; font-size: 12pt; line-height: 1.7; margin: 0; }
.header { text-align: center; color: #c00; font-size: 24pt; font-weight: bold; letter-spacing: 4pt; margin-top: 4mm; }
.rule { border-top: 2px solid #c00; margin: 3mm 0 1mm; } .rule.thin { border-top-width: 1px; margin-top: 0; }
.docno { text-align: center; margin: 4mm 0 6mm; font-family: "Noto Sans CJK SC", sans-serif; }
h1 { text-align: center; font-size: 18pt; margin: 0 0 6mm; font-weight: bold; }
h2 { font-size: 14pt; margin: 7mm 0 3mm; font-family: "Noto Sans CJK SC", sans-serif; }
p.preface { text-indent: 2em; margin: 0 0 2mm; }
table { width: 100%; border-collapse: collapse; font-size: 11pt; page-break-inside: auto; }
th, td { border: 1px solid #000; padding: 1.5mm 2mm; text-align: center; }
th { background: #f2f2f2; font-family: "Noto Sans CJK SC", sans-serif; font-weight: bold; }
td.name { text-align: left; }
tr { page-break-inside: avoid; }
.note { font-size: 10.5pt; color: #333; margin: 2mm 0; }
.version { font-size: 10.5pt; border: 1px solid #c00; color: #c00; padding: 1mm 3mm; display: inline-block; margin-bottom: 4mm; }
.changes li { margin: 1mm 0; }
.sign { text-align: right; margin-top: 12mm; }
`;

/** The bulletin as the department circulates it: one A4 document, the same for the print view and the PDF. */
export function bulletinHtml(b: Bulletin, issuer: string): string {
  const version =
    b.versionNo > 1
      ? `<div class="version">第 ${b.versionNo} 版（更正版）${b.supersededAt ? '，已被新版本替代' : ''}</div>`
      : b.supersededAt
        ? '<div class="version">本版已被新版本替代</div>'
        : '';
  const preface = b.preface
    .split(/\n+/)
    .filter((line) => line.trim())
    .map((line) => `<p class="preface">${e(line.trim())}</p>`)
    .join('');
  const changes = b.changes.length
    ? `<h2>较上一版的变化</h2><ul class="changes">${b.changes.map((c) => `<li>${e(c.categoryName)}：${e(c.unitName)}，${e(c.text)}</li>`).join('')}</ul>`
    : '';
  const categories = b.categories
    .map((c, i) => {
      const rows = c.rows
        .map((r) => `<tr><td>${r.rank}</td><td class="name">${e(r.unitName)}</td><td>${score(r.final)}</td><td>${e(r.grade ?? '—')}</td></tr>`)
        .join('');
      const distribution = c.distribution.map((d) => `${e(d.grade)} ${d.count} 个`).join('，');
      const quotas = c.quotaNotes.map((n) => `<div class="note">${e(n)}</div>`).join('');
      return `<h2>${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][i] ?? i + 1}、${e(c.categoryName)}（${c.unitCount} 个单位）</h2>
<table><thead><tr><th style="width:14%">名次</th><th>单位</th><th style="width:18%">得分</th><th style="width:18%">等次</th></tr></thead><tbody>${rows}</tbody></table>
<div class="note">等次分布：${distribution}</div>${quotas}`;
    })
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${e(b.title)}</title><style>${STYLE}</style></head><body>
<div class="header">${e(issuer)}文件</div><div class="rule"></div><div class="rule thin"></div>
<div class="docno">${e(b.docNo)}</div>
<h1>${e(b.title)}</h1>
${version}
${preface}
${changes}
${categories}
<div class="sign">${e(issuer)}<br>${beijing(b.publishedAt)}</div>
</body></html>`;
}
