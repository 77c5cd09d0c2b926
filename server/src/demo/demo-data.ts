/** The fictional demo county: names and figures only, no real person. */
export const DEMO_JURISDICTION = {
  code: 'demo-yunchuan',
  name: '云川县人民代表大会',
  level: 'county' as const,
};

export const DEMO_DELEGATIONS = [
  '城关镇代表团',
  '东坪镇代表团',
  '西河乡代表团',
  '南山镇代表团',
  '北岭乡代表团',
  '桥头镇代表团',
  '石门乡代表团',
  '县直机关代表团',
];

export const DEMO_UNITS: { name: string; kind: string }[] = [
  { name: '云川县人民政府', kind: 'government' },
  { name: '云川县监察委员会', kind: 'supervisory_commission' },
  { name: '云川县人民法院', kind: 'court' },
  { name: '云川县人民检察院', kind: 'procuratorate' },
  { name: '县发展和改革局', kind: 'government_department' },
  { name: '县教育局', kind: 'government_department' },
  { name: '县公安局', kind: 'government_department' },
  { name: '县财政局', kind: 'government_department' },
  { name: '县人力资源和社会保障局', kind: 'government_department' },
  { name: '县自然资源局', kind: 'government_department' },
  { name: '县生态环境局', kind: 'government_department' },
  { name: '县住房和城乡建设局', kind: 'government_department' },
  { name: '县交通运输局', kind: 'government_department' },
  { name: '县水利局', kind: 'government_department' },
  { name: '县农业农村局', kind: 'government_department' },
  { name: '县商务局', kind: 'government_department' },
  { name: '县文化和旅游局', kind: 'government_department' },
  { name: '县卫生健康局', kind: 'government_department' },
  { name: '县应急管理局', kind: 'government_department' },
  { name: '县市场监督管理局', kind: 'government_department' },
  { name: '县人大常委会代表工作委员会', kind: 'congress_office' },
  { name: '县人大法制委员会', kind: 'special_committee' },
  { name: '县人大财政经济委员会', kind: 'special_committee' },
  { name: '城关镇人大代表联络站', kind: 'liaison_station' },
  { name: '东坪镇人大代表联络站', kind: 'liaison_station' },
];

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN =
  '建国志强秀英桂兰丽娟海燕文博俊杰晓明红梅永刚淑珍玉兰春生卫东雪梅国庆小平金凤振华立新雅琴红霞宏伟德胜晓燕';
const OCCUPATIONS = [
  '镇党委书记',
  '村党支部书记、村委会主任',
  '县中学教师',
  '县人民医院医生',
  '农民',
  '企业职工',
  '民营企业董事长',
  '社区党委书记',
  '县政府副县长',
  '个体工商户',
  '农业合作社理事长',
  '乡卫生院院长',
];
const PARTIES = ['中共党员', '中共党员', '中共党员', '群众', '民盟盟员', '九三学社社员', '无党派人士'];

/** A small deterministic generator, so every demo database is the same. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoDeputy {
  name: string;
  gender: 'male' | 'female';
  ethnicity: string;
  birthDate: string;
  delegationIndex: number;
  occupation: string;
  party: string;
  constituency: string;
  cardCode: string;
  phone: string;
}

export function demoDeputies(count = 180): DemoDeputy[] {
  const rnd = seededRandom(20_211_001);
  const pick = <T>(xs: readonly T[] | string): T => (xs as T[])[Math.floor(rnd() * xs.length)] as T;
  const out: DemoDeputy[] = [];
  const used = new Set<string>();
  for (let i = 0; out.length < count; i++) {
    const givenLen = rnd() < 0.6 ? 2 : 1;
    let given = '';
    for (let k = 0; k < givenLen; k++) given += pick<string>(GIVEN);
    const name = pick<string>(SURNAMES) + given;
    if (used.has(name)) continue;
    used.add(name);
    const n = out.length;
    const delegationIndex = n % DEMO_DELEGATIONS.length;
    const year = 1960 + Math.floor(rnd() * 40);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    out.push({
      name,
      gender: rnd() < 0.32 ? 'female' : 'male',
      ethnicity: rnd() < 0.96 ? '汉族' : pick(['回族', '满族', '蒙古族']),
      birthDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      delegationIndex,
      occupation: pick(OCCUPATIONS),
      party: pick(PARTIES),
      constituency: `第${(n % 60) + 1}选区`,
      cardCode: `YC18-${String(n + 1).padStart(4, '0')}`,
      phone: `139${String(10_000_000 + Math.floor(rnd() * 89_999_999)).slice(0, 8)}`,
    });
    if (i > count * 50) break;
  }
  return out;
}

/** Demo sign-ins, one per role; shown when the demo starts. */
export const DEMO_PASSWORD = 'renda-demo-2026';
export const DEMO_ACCOUNTS = [
  { username: 'admin', displayName: '县人大常委会办公室', role: 'admin' as const },
  { username: 'presiding', displayName: '大会主席团', role: 'presiding' as const },
  { username: 'deputy', displayName: '', role: 'deputy' as const, deputyIndex: 1 },
  { username: 'deputy2', displayName: '', role: 'deputy' as const, deputyIndex: 2 },
  { username: 'deputy3', displayName: '', role: 'deputy' as const, deputyIndex: 3 },
  { username: 'unit', displayName: '县教育局', role: 'unit' as const },
  { username: 'scrutineer', displayName: '总监票人', role: 'scrutineer' as const },
];

/** The demo's session in progress: its agenda, and who the staff have already signed in. */
export const DEMO_SESSION = {
  number: 6,
  title: '云川县第十八届人民代表大会第六次会议',
  startDate: '2026-11-23',
  endDate: '2026-11-25',
  venue: '县人民会堂',
  agenda: [
    { kind: 'review', title: '审议县人民政府工作报告' },
    { kind: 'review', title: '审查和批准2026年国民经济和社会发展计划执行情况与2027年计划草案的报告' },
    { kind: 'vote', title: '表决关于县人民政府工作报告的决议', description: '大会批准县人民政府工作报告。' },
    {
      kind: 'vote',
      title: '表决关于2027年国民经济和社会发展计划的决议',
      description: '大会批准2027年国民经济和社会发展计划。',
    },
    { kind: 'election', title: '补选县人民政府副县长' },
  ],
  /** Deputies signed in by the staff; the demo deputies' own accounts sign in on their phones. */
  present: 150,
  onLeave: ['因公出差', '身体原因'],
} as const;
