const shanghai = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** `2026/03/02 09:30` in Beijing time, for messages shown to users. */
export const formatShanghaiTime = (d: Date) => shanghai.format(d);
