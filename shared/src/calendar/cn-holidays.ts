import type { HolidayCalendarDoc, HolidayYear } from './holiday-schema';

/**
 * The official national arrangements, copied date by date from the notices of 国务院办公厅 as published in
 * full by 新华社 (reprinted by 光明网: https://m.gmw.cn/2024-11/12/content_1303894933.htm for 2025 and
 * https://politics.gmw.cn/2025-11/04/content_38391083.htm for 2026). Only years whose notice text was read
 * are here; add later years (and earlier ones if needed) from their notices, never from guesses.
 * The weekday each notice gives in brackets is checked in holidays.test.ts.
 */

/** 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日） */
export const CN_HOLIDAYS_2025: HolidayYear = {
  year: 2025,
  source: {
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    documentNumber: '国办发明电〔2024〕12号',
    issuedOn: '2024-11-12',
  },
  holidays: [
    // 一、元旦：1月1日（周三）放假1天，不调休。
    { name: '元旦', from: '2025-01-01', to: '2025-01-01', workdays: [] },
    // 二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
    { name: '春节', from: '2025-01-28', to: '2025-02-04', workdays: ['2025-01-26', '2025-02-08'] },
    // 三、清明节：4月4日（周五）至6日（周日）放假，共3天。
    { name: '清明节', from: '2025-04-04', to: '2025-04-06', workdays: [] },
    // 四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
    { name: '劳动节', from: '2025-05-01', to: '2025-05-05', workdays: ['2025-04-27'] },
    // 五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
    { name: '端午节', from: '2025-05-31', to: '2025-06-02', workdays: [] },
    // 六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
    { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08', workdays: ['2025-09-28', '2025-10-11'] },
  ],
};

/** 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日；文号未见于所读文本） */
export const CN_HOLIDAYS_2026: HolidayYear = {
  year: 2026,
  source: {
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    issuedOn: '2025-11-04',
  },
  holidays: [
    // 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
    { name: '元旦', from: '2026-01-01', to: '2026-01-03', workdays: ['2026-01-04'] },
    // 二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
    { name: '春节', from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-14', '2026-02-28'] },
    // 三、清明节：4月4日（周六）至6日（周一）放假，共3天。
    { name: '清明节', from: '2026-04-04', to: '2026-04-06', workdays: [] },
    // 四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
    { name: '劳动节', from: '2026-05-01', to: '2026-05-05', workdays: ['2026-05-09'] },
    // 五、端午节：6月19日（周五）至21日（周日）放假，共3天。
    { name: '端午节', from: '2026-06-19', to: '2026-06-21', workdays: [] },
    // 六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
    { name: '中秋节', from: '2026-09-25', to: '2026-09-27', workdays: [] },
    // 七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
    { name: '国庆节', from: '2026-10-01', to: '2026-10-07', workdays: ['2026-09-20', '2026-10-10'] },
  ],
};

/** The national arrangements verified so far (2025, 2026): the seed of a jurisdiction's calendar. */
export const CN_NATIONAL_HOLIDAYS: HolidayCalendarDoc = {
  schemaVersion: 1,
  years: [CN_HOLIDAYS_2025, CN_HOLIDAYS_2026],
};
