// Deterministic Chinese personal names from surname and given-name lists.
import type { Rng } from './random.ts';

/** Common surnames, roughly in order of frequency (with some that are common in Sichuan). */
const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '蒋', '蔡', '余',
  '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '钟', '谭', '廖', '付', '雷', '向', '蒲', '文', '严',
  '税', '鲜', '敬', '母', '冉', '苟', '青', '龚', '熊', '秦', '邹', '贺', '岳', '段', '汪', '夏', '石', '侯', '牟', '易',
];

/** Single-character given names, by gender. */
const MALE_SINGLE = [
  '伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华', '飞', '鑫', '波', '宇', '浩',
  '峰', '林', '俊', '成', '海', '东', '川', '晨', '旭', '毅', '凯', '锋', '昊', '亮', '兵', '江', '松', '新', '阳', '健',
];
const FEMALE_SINGLE = [
  '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '婷', '雪', '琳', '倩', '洁', '颖', '璐', '欣', '慧', '萍',
  '红', '梅', '蓉', '莉', '晶', '瑶', '露', '丹', '悦', '岚',
];

/** Two-character given names, by gender. */
const MALE_DOUBLE = [
  '志强', '建国', '海涛', '俊杰', '文博', '建华', '国庆', '志勇', '晓东', '明辉', '永刚', '德明', '建军', '小龙', '宏伟',
  '立新', '春林', '志华', '家豪', '子轩', '浩然', '天佑', '思远', '宇航', '博文', '成刚', '正阳', '世杰', '文涛', '国平',
  '云飞', '光明', '振华', '晓峰', '俊峰', '鹏飞', '长江', '泽宇', '嘉伟', '永强', '学军', '红兵', '卫东', '德华', '川东',
];
const FEMALE_DOUBLE = [
  '秀英', '丽娟', '晓燕', '雪梅', '静怡', '玉兰', '桂芳', '海燕', '小红', '春梅', '丽华', '晓丽', '欣怡', '雨涵', '梦琪',
  '思琪', '佳怡', '文静', '婷婷', '丹丹', '艳红', '秀兰', '凤英', '慧敏', '晓琳', '雅琴', '美玲', '淑珍', '红梅', '晓倩',
  '诗涵', '一诺', '若曦', '蓉蓉', '丽萍', '雪莲', '燕妮', '晓蓉', '玉洁', '颖慧',
];

export type Gender = '男' | '女';

export interface GeneratedName {
  name: string;
  gender: Gender;
}

/** Returns a generator of distinct names; about 60 % male, about 60 % with a two-character given name. */
export function createNameGenerator(rng: Rng): () => GeneratedName {
  const used = new Set<string>();
  return () => {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const gender: Gender = rng.chance(0.6) ? '男' : '女';
      const given = rng.chance(0.6)
        ? rng.pick(gender === '男' ? MALE_DOUBLE : FEMALE_DOUBLE)
        : rng.pick(gender === '男' ? MALE_SINGLE : FEMALE_SINGLE);
      const name = rng.pick(SURNAMES) + given;
      if (!used.has(name)) {
        used.add(name);
        return { name, gender };
      }
    }
    throw new Error('name generator exhausted');
  };
}
