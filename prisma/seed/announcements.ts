// Announcements (公告): three published (one pinned) and one draft. Bodies are plain text with line breaks.
import { AnnouncementStatus } from '../../packages/db/src/generated/prisma/client.ts';
import { stableId } from './random.ts';

export interface AnnouncementSeed {
  id: string;
  title: string;
  body: string;
  pinned: boolean;
  status: AnnouncementStatus;
  publishedAt: Date | null;
  authorId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

interface AnnouncementDef {
  key: string;
  title: string;
  body: string;
  pinned: boolean;
  /** Days before `now` the announcement was published; null for a draft. */
  publishedDaysAgo: number | null;
}

const DAY = 86_400_000;

function defs(year: number): AnnouncementDef[] {
  return [
    {
      key: 'kickoff',
      pinned: true,
      publishedDaysAgo: 41,
      title: `关于开展${year}年度目标绩效考核工作的通知`,
      body: [
        '厅机关各处室、厅直属各单位，各市（州）交通运输局，省交通投资集团、省铁路产业投资集团、省港航投资集团：',
        `为深入推进全省交通运输系统目标绩效管理，根据《四川省交通运输厅目标绩效管理办法》，现就${year}年度目标绩效考核工作有关事项通知如下。`,
        '一、考核对象。厅机关处室、厅直单位、市（州）交通运输局和三大公司，分四个类别分别考核、分别排名。',
        '二、考核内容。职能绩效、廉政建设、安全生产、机关建设和专项工作五类目标。市（州）交通运输局和三大公司不考核机关建设目标。职能绩效目标由规划处牵头、各业务处室按职责分工跟踪考核；廉政建设目标由监察室考核；安全生产目标由安监处考核；机关建设目标由机关党委（党办）考核；专项工作由目标绩效办会同相关处室考核。',
        '三、考核方式。实行平时考核（按季度）、半年考核和年终考核相结合。各单位应于每月5日前在目标绩效管理平台报送上月目标进展情况，并上传相关佐证材料；进度滞后的目标，系统将自动预警。',
        `四、时间安排。各单位于${year}年2月底前完成年度目标申报和责任分解，经目标绩效办审核后统一发布；年终考核工作另行通知。`,
        '五、工作要求。各单位要高度重视，明确一名分管负责同志和一名联络员，确保数据真实、准确、及时。对弄虚作假的，一经查实，按有关规定扣分并通报批评。',
        '工作中如有问题，请与目标绩效办联系。',
        '四川省交通运输厅目标绩效管理办公室',
      ].join('\n'),
    },
    {
      key: 'manual',
      pinned: false,
      publishedDaysAgo: 34,
      title: '目标绩效管理平台使用说明',
      body: [
        '一、登录。请使用系统管理员分配的账户登录，首次登录须修改初始密码。密码至少8位，须包含大写字母、小写字母、数字和特殊字符中的三类，每90天更换一次。连续5次输错密码，账户将锁定30分钟。',
        '二、目标申报。责任单位管理员在“年度目标”中按目标类型填报工作内容、工作措施、工作时限、预期效果和分值，并将目标分解到责任人，提交后由目标绩效办审核。',
        '三、进展报告。责任人每月在“进展报告”中填写累计完成比例、实际完成值、存在问题和下步打算，可上传Word格式（.docx）的佐证材料，单个文件不超过20MB。',
        '四、预警。系统按计划进度与实际进度的差距自动生成绿、黄、红三色预警，请及时关注并整改。',
        '五、考核结果。考核结果经目标绩效办审核后以考核通报形式发布，各单位可查看本单位得分明细及本类别排名。对结果有异议的，可在通报发布后5个工作日内提出申诉。',
        '六、安全提示。请勿将账户借给他人使用，离开电脑时请退出登录。系统运行问题请联系厅信息中心。',
      ].join('\n'),
    },
    {
      key: 'q3-progress',
      pinned: false,
      publishedDaysAgo: 9,
      title: `关于报送${year}年三季度目标进展情况的通知`,
      body: [
        '厅机关各处室、厅直属各单位，各市（州）交通运输局，三大公司：',
        `按照${year}年度目标绩效考核工作安排，现组织开展三季度平时考核，请各单位于10月10日前在目标绩效管理平台完成三季度目标进展情况报送。`,
        '一、报送内容。各项目标截至9月底的累计完成比例和实际完成值、主要工作措施、存在的问题及下步打算，并上传相应佐证材料。',
        '二、重点关注。对系统中显示黄色、红色预警的目标，请逐项说明滞后原因并提出整改措施和完成时限。',
        '三、审核。各职能管理部门应于10月20日前完成所管目标类型的三季度考核评分，目标绩效办汇总后报厅领导审定。',
        '逾期未报送的，系统将自动提醒，并在平时考核中予以扣分。',
        '四川省交通运输厅目标绩效管理办公室',
      ].join('\n'),
    },
    {
      key: 'year-end-draft',
      pinned: false,
      publishedDaysAgo: null,
      title: `关于做好${year}年度年终考核准备工作的通知`,
      body: [
        '厅机关各处室、厅直属各单位，各市（州）交通运输局，三大公司：',
        `${year}年度目标绩效年终考核即将开始，为确保考核工作顺利进行，现将有关准备工作通知如下。`,
        '一、全面自查。各单位要对照年度目标逐项开展自查，于12月20日前在平台完成全年目标完成情况报告，并上传佐证材料。',
        '二、加减分申报。获得国家级、省级表彰奖励的，以及受到通报批评的，请于12月25日前将相关文件报目标绩效办。',
        '三、评价准备。厅领导评价、绩效委成员评价、部门互评和社会公众评议工作安排另行通知。',
        '（草稿，待审定后发布）',
      ].join('\n'),
    },
  ];
}

export function buildAnnouncements(year: number, now: Date, authorId: string): AnnouncementSeed[] {
  return defs(year).map((d) => {
    const publishedAt = d.publishedDaysAgo === null ? null : new Date(now.getTime() - d.publishedDaysAgo * DAY);
    // Drafted two hours before publication; the draft was written an hour ago.
    const createdAt = publishedAt ? new Date(publishedAt.getTime() - 2 * 3_600_000) : new Date(now.getTime() - 3_600_000);
    return {
      id: stableId('announcement', `${year}:${d.key}`),
      title: d.title,
      body: d.body,
      pinned: d.pinned,
      status: publishedAt ? AnnouncementStatus.PUBLISHED : AnnouncementStatus.DRAFT,
      publishedAt,
      authorId,
      createdAt,
      updatedAt: publishedAt ?? createdAt,
    };
  });
}
