/**
 * Pinyin words that Chinese passwords are commonly built from, most common first (zxcvbn ranks a match by its place):
 * the everyday words and phrases of leaked-password lists, surnames, and the place names of this province and of
 * China's large cities. zxcvbn-ts ships no Chinese dictionary; this list is ours (decision 0014).
 */
export const CHINESE_PASSWORD_WORDS: string[] = [...new Set([
  // Phrases and words
  'woaini', 'aini', 'woaiwojia', 'wojiushiwo', 'zhongguo', 'zhonghua', 'mima', 'mimama', 'nihao', 'nihaoma', 'laopo',
  'laogong', 'baobao', 'baobei', 'xiaobao', 'tiantian', 'kuaile', 'xingfu', 'pingan', 'facai', 'fafa', 'shengri',
  'qinqin', 'xiaoxiao', 'xiaoming', 'xiaohong', 'xiaoyu', 'meimei', 'gege', 'jiejie', 'didi', 'mama', 'baba',
  'yiersan', 'yilusan', 'aiqing', 'yongyuan', 'yisheng', 'yishi', 'shouhu', 'xiangni', 'tianshi', 'wangzi', 'gongzhu',
  'huanghou', 'shuai', 'shuaige', 'meinv', 'haoren', 'huaren', 'long', 'feng', 'hu', 'ma', 'niu', 'yang', 'gou',
  'mao', 'zhu', 'shu', 'ji', 'she', 'tu', 'hou', 'taiyang', 'yueliang', 'xingxing', 'chuntian', 'xiatian', 'qiutian',
  'dongtian', 'jiaotong', 'yunshu', 'gonglu', 'tielu', 'hangyun', 'gongcheng', 'jianshe', 'guanli', 'bangong',
  'bangongshi', 'zhengfu', 'danwei', 'jixiao', 'mubiao', 'kaohe', 'xitong', 'guanliyuan', 'shuji', 'juzhang',
  'chuzhang', 'kezhang', 'tingzhang', 'lingdao',
  // Surnames
  'wang', 'li', 'zhang', 'liu', 'chen', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'gao', 'lin', 'he', 'guo', 'luo',
  'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'cao', 'deng', 'xiao', 'feng', 'zeng', 'cheng', 'cai', 'peng',
  'pan', 'yuan', 'yu', 'dong', 'jiang', 'su', 'ye', 'lu', 'wei', 'jiang', 'tian', 'du', 'ding', 'shen', 'ren', 'yao',
  'fan', 'fang', 'shi', 'tan', 'liao', 'zou', 'xiong', 'jin', 'hao', 'kong', 'bai', 'cui', 'kang', 'mao', 'qiu', 'qin',
  'gu', 'hou', 'shao', 'meng', 'long', 'wan', 'duan', 'qian', 'tang', 'yin', 'li', 'yi', 'chang', 'wen', 'niu',
  'ouyang', 'situ', 'zhuge', 'shangguan',
  // Places: Sichuan, its 21 cities and prefectures, and China's large cities
  'sichuan', 'chuan', 'shu', 'bashu', 'tianfu', 'chengdu', 'rongcheng', 'mianyang', 'deyang', 'zigong', 'panzhihua',
  'luzhou', 'guangyuan', 'suining', 'neijiang', 'leshan', 'nanchong', 'meishan', 'yibin', 'guangan', 'dazhou', 'yaan',
  'bazhong', 'ziyang', 'aba', 'ganzi', 'liangshan', 'xichang', 'emei', 'jiuzhaigou', 'dujiangyan', 'beijing',
  'shanghai', 'tianjin', 'chongqing', 'guangzhou', 'shenzhen', 'hangzhou', 'nanjing', 'wuhan', 'xian', 'changsha',
  'kunming', 'guiyang', 'lanzhou', 'xiamen', 'suzhou', 'qingdao', 'dalian', 'shenyang', 'harbin', 'zhengzhou',
])];
