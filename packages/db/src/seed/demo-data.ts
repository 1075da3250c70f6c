import { addDays, creditCodeCheckChar, daysBetween, idNumberCheckDigit } from '@huimin/domain';
import type { CertificateKind, ContributionStatus, NewEmployerRow, Sex } from '../schema/index.js';
import { Random } from './random.js';

/*
 * The demo registry: employers, insured persons, their contribution months and certificates in the four
 * pooling regions whose policies ship with the platform. Everything is made up but shaped like the real
 * records (valid ID numbers and credit codes per POLICY.md E6, real district codes, plausible names), and
 * it covers the edge cases the rules turn on: 35 / 36 and 11 / 12 contribution months (A1 and the 12-month
 * rule sets of E1), arrears (A2), people who stopped contributing (the unemployment benefit), certificates
 * of every covered level plus level 2 (A4), Jilin's shortage occupations (A9), and many certificates issued
 * inside the 12-month application window (A6).
 */

interface CityProfile {
  code: string;
  province: string;
  city: string;
  /** The city's name as used at the start of company names. */
  short: string;
  districts: readonly (readonly [code: string, name: string])[];
  streets: readonly string[];
  businesses: readonly (readonly [business: string, industry: string, size: 'large' | 'sme' | 'micro'])[];
  /** Issuer of 职业资格证书 (the provincial skills-testing centre). */
  qualificationIssuer: string;
  /** Issuers of 职业技能等级证书 (recognised evaluation bodies). */
  skillLevelIssuers: readonly string[];
  /** Extra weight for the province's shortage occupations (POLICY.md A9: Jilin's catalogue). */
  shortage: readonly string[];
}

const MANUFACTURING = '制造业';
const CONSTRUCTION = '建筑业';
const TRADE = '批发和零售业';
const LOGISTICS = '交通运输、仓储和邮政业';
const CATERING = '住宿和餐饮业';
const SOFTWARE = '信息传输、软件和信息技术服务业';
const RESIDENT_SERVICES = '居民服务、修理和其他服务业';
const HEALTH = '卫生和社会工作';
const UTILITIES = '电力、热力、燃气及水生产和供应业';

const CITIES: readonly CityProfile[] = [
  {
    code: '220100',
    province: '吉林省',
    city: '长春市',
    short: '长春',
    districts: [
      ['220102', '南关区'],
      ['220103', '宽城区'],
      ['220104', '朝阳区'],
      ['220105', '二道区'],
      ['220106', '绿园区'],
      ['220112', '双阳区'],
      ['220113', '九台区'],
      ['220122', '农安县'],
      ['220182', '榆树市'],
      ['220183', '德惠市'],
    ],
    streets: ['人民大街', '自由大路', '解放大路', '亚泰大街', '卫星路', '西安大路', '东风大街', '普阳街'],
    businesses: [
      ['汽车零部件制造', MANUFACTURING, 'large'],
      ['生物制药', MANUFACTURING, 'large'],
      ['汽车座椅', MANUFACTURING, 'sme'],
      ['精细化工', MANUFACTURING, 'sme'],
      ['模具科技', MANUFACTURING, 'sme'],
      ['轨道客车配件', MANUFACTURING, 'sme'],
      ['建筑安装工程', CONSTRUCTION, 'sme'],
      ['物流', LOGISTICS, 'sme'],
      ['商贸', TRADE, 'micro'],
      ['餐饮管理', CATERING, 'micro'],
      ['家政服务', RESIDENT_SERVICES, 'micro'],
      ['汽车维修服务', RESIDENT_SERVICES, 'micro'],
    ],
    qualificationIssuer: '吉林省职业技能鉴定中心',
    skillLevelIssuers: ['长春市职业技能鉴定指导中心', '吉林省工业技师学院', '长春职业技术学院'],
    shortage: ['焊工', '化学分析工', '模具工', '药物制剂工'],
  },
  {
    code: '230100',
    province: '黑龙江省',
    city: '哈尔滨市',
    short: '哈尔滨',
    districts: [
      ['230102', '道里区'],
      ['230103', '南岗区'],
      ['230104', '道外区'],
      ['230108', '平房区'],
      ['230109', '松北区'],
      ['230110', '香坊区'],
      ['230111', '呼兰区'],
      ['230112', '阿城区'],
      ['230113', '双城区'],
      ['230184', '五常市'],
    ],
    streets: ['中央大街', '红军街', '西大直街', '学府路', '长江路', '中山路', '友谊路', '哈平路'],
    businesses: [
      ['电机制造', MANUFACTURING, 'large'],
      ['锅炉辅机', MANUFACTURING, 'large'],
      ['焊接工程', CONSTRUCTION, 'sme'],
      ['食品', MANUFACTURING, 'sme'],
      ['建筑安装工程', CONSTRUCTION, 'sme'],
      ['软件技术', SOFTWARE, 'sme'],
      ['物流', LOGISTICS, 'sme'],
      ['餐饮管理', CATERING, 'sme'],
      ['商贸', TRADE, 'micro'],
      ['家政服务', RESIDENT_SERVICES, 'micro'],
      ['托育服务', RESIDENT_SERVICES, 'micro'],
      ['健康管理咨询', HEALTH, 'micro'],
    ],
    qualificationIssuer: '黑龙江省职业技能鉴定中心',
    skillLevelIssuers: ['哈尔滨市职业技能鉴定中心', '哈尔滨技师学院', '黑龙江职业学院'],
    shortage: [],
  },
  {
    code: '150100',
    province: '内蒙古自治区',
    city: '呼和浩特市',
    short: '呼和浩特',
    districts: [
      ['150102', '新城区'],
      ['150103', '回民区'],
      ['150104', '玉泉区'],
      ['150105', '赛罕区'],
      ['150121', '土默特左旗'],
      ['150122', '托克托县'],
      ['150123', '和林格尔县'],
      ['150125', '武川县'],
    ],
    streets: ['新华大街', '中山西路', '锡林郭勒北路', '大学西街', '昭乌达路', '兴安南路', '呼伦贝尔南路'],
    businesses: [
      ['乳业', MANUFACTURING, 'large'],
      ['生物发酵', MANUFACTURING, 'large'],
      ['化工', MANUFACTURING, 'sme'],
      ['新型建材', MANUFACTURING, 'sme'],
      ['电力工程', UTILITIES, 'sme'],
      ['煤炭物流', LOGISTICS, 'sme'],
      ['餐饮管理', CATERING, 'sme'],
      ['商贸', TRADE, 'micro'],
      ['家政服务', RESIDENT_SERVICES, 'micro'],
      ['托育服务', RESIDENT_SERVICES, 'micro'],
      ['健康管理咨询', HEALTH, 'micro'],
      ['汽车维修服务', RESIDENT_SERVICES, 'micro'],
    ],
    qualificationIssuer: '内蒙古自治区职业技能鉴定指导中心',
    skillLevelIssuers: ['呼和浩特市职业技能鉴定中心', '内蒙古机电职业技术学院', '呼和浩特职业学院'],
    shortage: [],
  },
  {
    code: '371500',
    province: '山东省',
    city: '聊城市',
    short: '聊城',
    districts: [
      ['371502', '东昌府区'],
      ['371503', '茌平区'],
      ['371521', '阳谷县'],
      ['371522', '莘县'],
      ['371524', '东阿县'],
      ['371525', '冠县'],
      ['371526', '高唐县'],
      ['371581', '临清市'],
    ],
    streets: ['东昌路', '兴华路', '柳园路', '花园路', '振兴路', '建设路', '光岳路', '湖南路'],
    businesses: [
      ['轴承制造', MANUFACTURING, 'large'],
      ['钢管制造', MANUFACTURING, 'large'],
      ['化工', MANUFACTURING, 'sme'],
      ['模具科技', MANUFACTURING, 'sme'],
      ['纺织', MANUFACTURING, 'sme'],
      ['农产品加工', MANUFACTURING, 'sme'],
      ['物流', LOGISTICS, 'sme'],
      ['建筑安装工程', CONSTRUCTION, 'sme'],
      ['商贸', TRADE, 'micro'],
      ['餐饮管理', CATERING, 'micro'],
      ['家政服务', RESIDENT_SERVICES, 'micro'],
      ['汽车维修服务', RESIDENT_SERVICES, 'micro'],
    ],
    qualificationIssuer: '山东省职业技能鉴定指导中心',
    skillLevelIssuers: ['聊城市职业技能鉴定中心', '聊城高级工程职业学校', '聊城职业技术学院'],
    shortage: [],
  },
];

/** The pooling regions that get demo records. */
export const DEMO_REGION_CODES: readonly string[] = CITIES.map((c) => c.code);

const BRANDS = [
  '宏达', '鑫源', '华信', '恒通', '瑞丰', '北方', '金桥', '盛世', '嘉禾', '永安',
  '东升', '天成', '泰和', '新兴', '众合', '远航', '德润', '昌隆', '佳美', '顺捷',
];

// The hundred most common surnames, roughly in order of frequency; the weight falls with the rank.
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
const SURNAME_WEIGHTS = SURNAMES.map((_, i) => 1 / (i + 8));
const MALE_GIVEN = [...'伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林峰建国成志文博亮海东春晨阳永'];
const FEMALE_GIVEN = [...'芳娜敏静丽艳娟霞秀玲桂英燕红梅琳雪婷倩颖慧莉萍晶欣悦佳丹蕾月洁薇琴云淑凤玉兰'];

const PHONE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156',
  '157', '158', '159', '176', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '199',
];

// Occupations: the shortage ones of Jilin's catalogue and the common ones people certify in.
const OCCUPATIONS = [
  '焊工', '化学分析工', '模具工', '药物制剂工', '电工', '育婴员', '中式烹调师', '汽车维修工', '保育员', '健康管理师',
] as const;
const OCCUPATION_WEIGHTS: Record<Sex, readonly number[]> = {
  male: [3, 1.5, 2, 0.5, 3, 0.1, 2, 2, 0.1, 0.5],
  female: [0.3, 1.5, 0.2, 0.8, 0.5, 3, 1.5, 0.2, 3, 2],
};

/*
 * The records as the core system and the certificate registry send them (API.md "Registry import", keyed
 * by the plain ID number). They exist only in memory: the seed encrypts them on the way into the database,
 * exactly as an import does.
 */
export interface DemoPerson {
  idNumber: string;
  name: string;
  sex: Sex;
  birthDate: string;
  phone: string;
  regionCode: string;
  address: string;
}

export interface DemoContribution {
  idNumber: string;
  month: string;
  creditCode: string;
  regionCode: string;
  status: ContributionStatus;
}

export interface DemoCertificate {
  certificateNo: string;
  idNumber: string;
  kind: CertificateKind;
  level: number;
  occupation: string;
  issueDate: string;
  issuer: string;
}

export interface DemoRegistry {
  employers: NewEmployerRow[];
  persons: DemoPerson[];
  contributions: DemoContribution[];
  certificates: DemoCertificate[];
}

export interface DemoRegistryOptions {
  /** Today's date (`YYYY-MM-DD`); histories end last month and many certificates fall in the last year. */
  today: string;
  /** Persons per pooling region. */
  personsPerRegion?: number;
  seed?: number;
}

type HistoryProfile = 'long' | 'stopped' | 'short' | 'm36' | 'm35' | 'm12' | 'm11';

/** How many persons of each region get each contribution profile; the rest get a long history. */
const PROFILE_QUOTAS: readonly (readonly [HistoryProfile, number])[] = [
  ['m36', 5],
  ['m35', 5],
  ['m12', 4],
  ['m11', 4],
  ['short', 8],
  ['stopped', 10],
];

function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

function monthOfIndex(index: number): string {
  const y = Math.floor(index / 12);
  return `${y}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function dateBetween(rng: Random, from: string, to: string): string {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}

/** GB 11714 organisation code: 8 body characters and a check character (the last 9 of a credit code). */
function organizationCode(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body[i]!;
    sum += (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55) * weights[i]!;
  }
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

const CREDIT_BODY_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A unified social credit code (GB 32100) of an enterprise (`91`) registered in `districtCode`. */
function creditCode(rng: Random, districtCode: string): string {
  // Enterprises registered since 2015 got organisation codes starting with MA; older ones kept digits.
  let body: string;
  if (rng.chance(0.6)) {
    body = 'MA';
    for (let i = 0; i < 6; i++) body += rng.pick([...CREDIT_BODY_CHARS]);
  } else {
    body = rng.digits(8);
  }
  const first17 = `91${districtCode}${organizationCode(body)}`;
  return first17 + creditCodeCheckChar(first17);
}

function personName(rng: Random, sex: Sex): string {
  const surname = rng.weighted(SURNAMES, SURNAME_WEIGHTS);
  const chars = sex === 'male' ? MALE_GIVEN : FEMALE_GIVEN;
  return surname + rng.pick(chars) + (rng.chance(0.7) ? rng.pick(chars) : '');
}

function address(rng: Random, city: CityProfile, district: string): string {
  return `${city.province}${city.city}${district}${rng.pick(city.streets)}${rng.int(1, 2999)}号${rng.int(1, 30)}栋${rng.int(1, 6)}单元${rng.int(1, 28)}0${rng.int(1, 4)}室`;
}

export function buildDemoRegistry(options: DemoRegistryOptions): DemoRegistry {
  const { today } = options;
  const perRegion = options.personsPerRegion ?? 80;
  const seed = options.seed ?? 20_260_101;
  // Separate streams: who the people are never depends on today's date, only their histories do.
  const people = new Random(seed);
  const history = new Random(seed ^ 0x5bd1e995);

  const lastMonth = monthIndex(today) - 1; // the current month is not settled yet
  const employers: NewEmployerRow[] = [];
  const persons: DemoPerson[] = [];
  const contributions: DemoContribution[] = [];
  const certificates: DemoCertificate[] = [];
  const idNumbers = new Set<string>();
  const names = new Set<string>();
  let certificateSerial = 0;

  for (const city of CITIES) {
    const brands = people.shuffle(BRANDS);
    const cityEmployers = city.businesses.map(([business, industry, size], i) => {
      const [districtCode, districtName] = people.pick(city.districts);
      const suffix = size === 'large' ? people.pick(['股份有限公司', '集团有限公司']) : people.pick(['有限公司', '有限责任公司']);
      const row: NewEmployerRow = {
        creditCode: creditCode(people, districtCode),
        name: `${city.short}${brands[i]!}${business}${suffix}`,
        regionCode: city.code,
        industry,
        size,
        address: `${city.province}${city.city}${districtName}${people.pick(city.streets)}${people.int(1, 3999)}号`,
      };
      employers.push(row);
      return row;
    });
    const employerWeights = cityEmployers.map((e) => (e.size === 'large' ? 8 : e.size === 'sme' ? 3 : 1));

    const profiles: HistoryProfile[] = [];
    for (const [profile, n] of PROFILE_QUOTAS) for (let i = 0; i < n; i++) profiles.push(profile);
    while (profiles.length < perRegion) profiles.push('long');
    const shuffled = people.shuffle(profiles.slice(0, perRegion));

    for (const profile of shuffled) {
      const sex: Sex = people.chance(0.55) ? 'male' : 'female';
      const birthDate = dateBetween(people, '1966-01-01', '2002-12-31');
      const [districtCode, districtName] = people.pick(city.districts);
      let idNumber: string;
      do {
        const sexDigit = sex === 'male' ? people.pick([1, 3, 5, 7, 9]) : people.pick([0, 2, 4, 6, 8]);
        const first17 = `${districtCode}${birthDate.replaceAll('-', '')}${people.digits(2)}${sexDigit}`;
        idNumber = first17 + idNumberCheckDigit(first17);
      } while (idNumbers.has(idNumber));
      idNumbers.add(idNumber);
      let name: string;
      do name = personName(people, sex);
      while (names.has(name));
      names.add(name);
      persons.push({
        idNumber,
        name,
        sex,
        birthDate,
        phone: people.pick(PHONE_PREFIXES) + people.digits(8),
        regionCode: city.code,
        address: address(people, city, districtName),
      });

      // Contribution months, never before the person turned 18 nor before 2000.
      const earliest = Math.max(monthIndex(birthDate) + 18 * 12, monthIndex('2000-01-01'));
      const employer = history.weighted(cityEmployers, employerWeights);
      const months: { index: number; status: 'paid' | 'owed' }[] = [];
      const exact = { m36: 36, m35: 35, m12: 12, m11: 11 } as const;
      if (profile === 'm36' || profile === 'm35' || profile === 'm12' || profile === 'm11') {
        // Exactly N paid months, sometimes with a break in the middle: the count is cumulative (A1).
        const n = exact[profile];
        const gap = history.chance(0.5) ? history.int(1, 4) : 0;
        const gapAfter = history.int(1, n - 1);
        let index = lastMonth - (n - 1) - gap;
        for (let k = 0; k < n; k++) {
          if (k === gapAfter) index += gap;
          months.push({ index: index++, status: 'paid' });
        }
      } else {
        const end = profile === 'stopped' ? lastMonth - history.int(1, 8) : lastMonth;
        const wanted = profile === 'short' ? history.int(13, 34) : history.int(48, 220);
        const span = Math.max(1, Math.min(wanted, end - earliest + 1));
        const gaps: [number, number][] = [];
        if (profile !== 'short') {
          for (let g = history.int(0, 2); g > 0; g--) {
            const at = end - history.int(6, Math.max(6, span - 6));
            gaps.push([at, at + history.int(1, 8)]);
          }
        }
        const owedFrom = profile === 'long' && history.chance(0.15) ? end - history.int(0, 2) : Infinity;
        for (let index = end - span + 1; index <= end; index++) {
          if (gaps.some(([a, b]) => index >= a && index < b)) continue;
          months.push({ index, status: index >= owedFrom ? 'owed' : 'paid' });
        }
      }
      // A long career often has a second employer; the switch is where the person changed jobs.
      const second = months.length > 36 && history.chance(0.35) ? history.weighted(cityEmployers, employerWeights) : employer;
      const switchAt = months[Math.floor(months.length * (0.3 + history.next() * 0.4))]?.index ?? Infinity;
      for (const m of months) {
        contributions.push({
          idNumber,
          month: monthOfIndex(m.index),
          creditCode: (m.index < switchAt ? employer : second).creditCode,
          regionCode: city.code,
          status: m.status,
        });
      }

      // Certificates: most people hold one, some climb a level in the same occupation.
      const count = history.weighted([0, 1, 2, 3], [30, 50, 15, 5]);
      const adult = addDays(birthDate, 18 * 366);
      const from = adult > '2017-01-01' ? adult : '2017-01-01';
      const yesterday = addDays(today, -1);
      const yearAgo = addDays(today, -364);
      let previous: { occupation: string; level: number; issueDate: string } | undefined;
      const held = new Set<string>();
      for (let c = 0; c < (from <= yesterday ? count : 0); c++) {
        let occupation: string = history.weighted(
          OCCUPATIONS,
          OCCUPATION_WEIGHTS[sex].map((w, i) => (city.shortage.includes(OCCUPATIONS[i]!) ? w * 3 : w)),
        );
        let level = history.weighted([5, 4, 3, 2], [40, 33, 22, 5]);
        let issueDate: string;
        if (previous && previous.level > 2 && history.chance(0.5)) {
          occupation = previous.occupation;
          level = previous.level - 1;
          const earliestNext = addDays(previous.issueDate, 180);
          issueDate = earliestNext > yesterday ? yesterday : dateBetween(history, earliestNext, addDays(earliestNext, 900));
          if (issueDate > yesterday) issueDate = yesterday;
        } else if (history.chance(0.5) && yearAgo >= from) {
          issueDate = dateBetween(history, yearAgo, yesterday);
        } else {
          issueDate = dateBetween(history, from, yearAgo > from ? yearAgo : yesterday);
        }
        // Nobody holds the same occupation and level twice.
        if (held.has(`${occupation}/${level}`)) continue;
        held.add(`${occupation}/${level}`);
        // Skill-level certificates replaced most qualification certificates from 2020.
        const kind: CertificateKind =
          issueDate < '2020-01-01'
            ? history.chance(0.85) ? 'vocational_qualification' : 'skill_level'
            : history.chance(0.15) ? 'vocational_qualification' : 'skill_level';
        certificateSerial++;
        const yy = issueDate.slice(2, 4);
        const certificateNo =
          kind === 'vocational_qualification'
            ? `${yy}${city.code.slice(0, 4)}00${level}${String(certificateSerial).padStart(8, '0')}`
            : `S${city.code}${yy}0${level}${String(certificateSerial).padStart(7, '0')}`;
        certificates.push({
          certificateNo,
          idNumber,
          kind,
          level,
          occupation,
          issueDate,
          issuer: kind === 'vocational_qualification' ? city.qualificationIssuer : history.pick(city.skillLevelIssuers),
        });
        previous = { occupation, level, issueDate };
      }
    }
  }
  return { employers, persons, contributions, certificates };
}
