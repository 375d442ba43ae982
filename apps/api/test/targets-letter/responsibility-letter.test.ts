import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import type { TargetSnapshot } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';

const URL = '/api/targets/responsibility-letter';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('目标责任书 (targets.responsibilityLetter)', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const yearId = seeded.yearId;
  const CD = seeded.unitId('CITY-CD');
  const MY = seeded.unitId('CITY-MY');

  const letter = (user: string, query: Record<string, string>) => t.as(user)({ method: 'GET', url: URL, query });
  /** The document's text as Word shows it (mammoth reads the .docx the way an upload is read). */
  async function letterText(user: string, unitId: string) {
    const res = await letter(user, { yearId, unitId });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    return { res, text: (await mammoth.extractRawText({ buffer: res.rawPayload })).value };
  }
  /** The unit's published targets in the version in force, as the database holds them. */
  async function inForce(unitId: string, typeCode?: string) {
    const rows = await db.target.findMany({
      where: { yearId, unitId, publishedRevisionNo: { not: null }, ...(typeCode ? { targetType: { code: typeCode } } : {}) },
      include: { revisions: true },
    });
    return rows.map((r) => r.revisions.find((v) => v.revisionNo === r.publishedRevisionNo)!.snapshot as unknown as TargetSnapshot);
  }
  const totalOf = (xs: TargetSnapshot[]) => String(xs.reduce((sum, s) => sum + Math.round(Number(s.maxScore) * 100), 0) / 100);

  it('a unit admin downloads its letter: title, every published target of its own, the total, the signature blocks', async () => {
    const other = await fx.target({ status: 'PUBLISHED', unitCode: 'CITY-MY' });
    const { res, text } = await letterText('unit.chengdu', CD);
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('成都市交通运输局2026年度目标责任书.docx'));
    expect(text).toContain('2026年度 成都市交通运输局 目标责任书');
    expect(text).not.toContain('仅含');
    const mine = await inForce(CD);
    expect(mine.length).toBeGreaterThan(0);
    for (const s of mine) expect(text).toContain(s.title);
    expect(text).not.toContain(other.title);
    expect(text).toContain(`以上目标共${mine.length}项，总分值${totalOf(mine)}分。`);
    for (const words of ['序号', '工作措施', '预期效果', '小计', '责任单位（盖章）', '主要负责人（签字）', '省交通运输厅（盖章）'])
      expect(text).toContain(words);
  });

  it('holds the version in force of a target under revision, not the working copy', async () => {
    const tg = await fx.target({ status: 'PUBLISHED' });
    await db.target.update({ where: { id: tg.id }, data: { status: 'DRAFT', title: '修订中尚未发布的新标题', maxScore: '9' } });
    await db.targetRevision.create({
      data: { targetId: tg.id, revisionNo: 2, status: 'DRAFT', reason: '调整', snapshot: { title: '修订中尚未发布的新标题' } },
    });
    const { text } = await letterText('perf', CD);
    expect(text).toContain(tg.title);
    expect(text).not.toContain('修订中尚未发布的新标题');
    expect(text).toContain(`总分值${totalOf(await inForce(CD))}分`);
  });

  it('a department gets only the types it owns, and the heading says so', async () => {
    const { text } = await letterText('safety', CD);
    expect(text).toContain('本责任书仅含安全生产类目标');
    const safety = await inForce(CD, 'SAFETY');
    expect(safety.length).toBeGreaterThan(0);
    expect(text).toContain(`以上目标共${safety.length}项，总分值${totalOf(safety)}分。`);
    expect(text).toMatch(/一、安全生产（/);
    expect(text).not.toMatch(/二、/);
  });

  it('a unit outside the caller’s scope is 403: another unit, or a deputy outside its portfolio', async () => {
    expect((await letter('unit.chengdu', { yearId, unitId: MY })).statusCode).toBe(403);
    expect((await letter('staff.chengdu', { yearId, unitId: MY })).statusCode).toBe(403);
    const deputy = await fx.account({ roles: ['LEADER_DEPUTY'], unitId: null, portfolioUnitIds: [MY] });
    expect((await letter(deputy.username, { yearId, unitId: CD })).statusCode).toBe(403);
    expect((await letter(deputy.username, { yearId, unitId: MY })).statusCode).toBe(200);
  });

  it('a unit with no published target is 409 with a Chinese message; unknown year or unit 404; a malformed id 400', async () => {
    const empty = await fx.unit();
    await fx.target({ status: 'DRAFT' });
    const res = await letter('perf', { yearId, unitId: empty.id });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('尚无已发布的目标');
    expect((await letter('perf', { yearId: crypto.randomUUID(), unitId: CD })).statusCode).toBe(404);
    expect((await letter('perf', { yearId, unitId: crypto.randomUUID() })).statusCode).toBe(404);
    const bad = await letter('perf', { yearId, unitId: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('unitId');
  });
});
