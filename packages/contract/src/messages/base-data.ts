/** Base data and administration: accounts, units, persons, years, categories, assessed units, announcements, settings, notifications, statistics. */
export const BASE_DATA_MESSAGES = {
  // Accounts (the auditor's accounts: auth.auditorOffLimits)
  'accounts.portfolioUnitNotFound': '分管单位不存在',
  'accounts.cannotRemoveOwnAdminRole': '不能移除自己的系统管理员角色',
  'accounts.alreadyDisabled': '账户已是停用状态',
  'accounts.alreadyActive': '账户已是正常状态',
  'accounts.cannotDisableSelf': '不能停用自己的账户',
  'accounts.totpNotBound': '该账户未绑定动态口令',

  // Units
  'units.parentNotFound': '上级单位不存在',
  'units.parentInactive': '上级单位已停用',
  'units.parentCycle': '不能把单位移到它自己或它的下级单位之下',
  'units.alreadyActive': '单位已是启用状态',
  'units.alreadyInactive': '单位已是停用状态',
  'units.hasActiveChildren': '请先停用其 {count} 个下级单位',

  // Persons
  'persons.unitInactive': '{unit} 已停用',
  'persons.departed': '{name} 已离职',
  'persons.dateBeforeAssignmentStart': '日期不能早于当前任职开始日期 {startDate}',
  'persons.transferSameUnit': '调入单位与当前单位相同',
  // Persons: the Excel import of new staff (row problems name the column by a label)
  'persons.importNoRows': '文件中没有可导入的人员',
  'persons.importCellRequired': '请填写{personColumn}',
  'persons.importUnitAmbiguous': '有 {count} 个单位叫“{unit}”，请改填单位编码',
  'persons.importUnitUnknown': '没有名为“{unit}”的单位，请从下拉列表选择',
  'persons.importStaffNoTaken': '工号“{staffNo}”已存在（{name}），不能重复登记',
  'persons.importStaffNoRepeated': '与第 {row} 行的工号重复',
  'personColumn.staffNo': '工号',
  'personColumn.name': '姓名',
  'personColumn.gender': '性别',
  'personColumn.phone': '电话',
  'personColumn.unit': '单位',
  'personColumn.position': '职务',
  'personColumn.startDate': '到岗日期',
  'personColumn.note': '备注',

  // Years: categories and assessed units
  'categories.hasAssessedUnits': '该类别下还有 {count} 个考核对象，请先移出',
  'assessedUnits.someUnitsNotFound': '部分单位不存在',
  'assessedUnits.unitInactive': '{unit} 已停用，不能作为考核对象',

  // Announcements
  'announcements.withdrawnNotEditable': '已撤回的公告不能修改',
  'announcements.alreadyPublished': '公告已发布',
  'announcements.onlyPublishedWithdrawable': '只有已发布的公告可以撤回',
  'announcements.onlyDraftDeletable': '只能删除草稿；已发布的公告请撤回',

  // Settings
  'settings.invalidValue': '取值无效',

  // Health
  'health.databaseUnavailable': '数据库暂时不可用',
} as const;
