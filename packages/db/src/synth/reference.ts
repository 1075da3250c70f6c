/*
 * Reference lists the synthetic province is drawn from: Jilin (220000), one of the provinces whose policy pack
 * ships with the platform, so every screened certificate is decided by a real rule set (POLICY.md A1–A7, E1).
 * District codes and names are GB/T 2260; the cities are the pooling regions of @huimin/domain's REGIONS.
 */

export const SYNTH_PROVINCE = { code: '220000', name: '吉林省' } as const;

export interface SynthDistrict {
  code: string;
  name: string;
  city: string;
  cityName: string;
}

const CITY_NAMES: Readonly<Record<string, string>> = {
  '220100': '长春市',
  '220200': '吉林市',
  '220300': '四平市',
  '220400': '辽源市',
  '220500': '通化市',
  '220600': '白山市',
  '220700': '松原市',
  '220800': '白城市',
  '222400': '延边朝鲜族自治州',
};

const DISTRICT_LIST: readonly (readonly [string, string])[] = [
  ['220102', '南关区'], ['220103', '宽城区'], ['220104', '朝阳区'], ['220105', '二道区'], ['220106', '绿园区'],
  ['220112', '双阳区'], ['220113', '九台区'], ['220122', '农安县'], ['220182', '榆树市'], ['220183', '德惠市'],
  ['220202', '昌邑区'], ['220203', '龙潭区'], ['220204', '船营区'], ['220211', '丰满区'], ['220221', '永吉县'],
  ['220281', '蛟河市'], ['220282', '桦甸市'], ['220283', '舒兰市'], ['220284', '磐石市'],
  ['220302', '铁西区'], ['220303', '铁东区'], ['220322', '梨树县'], ['220323', '伊通满族自治县'], ['220382', '双辽市'],
  ['220402', '龙山区'], ['220403', '西安区'], ['220421', '东丰县'], ['220422', '东辽县'],
  ['220502', '东昌区'], ['220503', '二道江区'], ['220521', '通化县'], ['220523', '辉南县'], ['220524', '柳河县'],
  ['220581', '梅河口市'], ['220582', '集安市'],
  ['220602', '浑江区'], ['220605', '江源区'], ['220621', '抚松县'], ['220622', '靖宇县'], ['220681', '临江市'],
  ['220702', '宁江区'], ['220721', '前郭尔罗斯蒙古族自治县'], ['220722', '长岭县'], ['220723', '乾安县'], ['220781', '扶余市'],
  ['220802', '洮北区'], ['220821', '镇赉县'], ['220822', '通榆县'], ['220881', '洮南市'], ['220882', '大安市'],
  ['222401', '延吉市'], ['222402', '图们市'], ['222403', '敦化市'], ['222404', '珲春市'], ['222405', '龙井市'],
  ['222406', '和龙市'], ['222424', '汪清县'], ['222426', '安图县'],
];

export const SYNTH_DISTRICTS: readonly SynthDistrict[] = DISTRICT_LIST.map(([code, name]) => {
  const city = `${code.slice(0, 4)}00`;
  return { code, name, city, cityName: CITY_NAMES[city]! };
});

/** Relative population of each city (larger cities insure more people), used when a person works away from home. */
export const CITY_CODES = Object.keys(CITY_NAMES);
export const CITY_WEIGHTS = [40, 18, 7, 4, 6, 4, 8, 5, 8];
export function cityName(code: string): string {
  return CITY_NAMES[code] ?? '';
}

/** Common surnames, roughly by frequency (weights are relative). */
export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗',
  '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '萧', '程', '曹', '袁', '邓', '许', '傅', '沈', '曾', '彭', '吕',
  '金', '崔', '姜', '白', '孟', '秦', '付', '魏', '尹', '范',
];
export const SURNAME_WEIGHTS = SURNAMES.map((_, i) => Math.max(1, 60 - i));

export const GIVEN_MALE = '伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林洋东亮成志峰雷博文武建国庆春晨阳'.split('');
export const GIVEN_FEMALE = '芳娜敏静丽艳娟霞秀燕玲桂丹萍红玉兰梅琳婷雪慧莉倩颖晶欣月佳悦琪瑶蕾洁璐媛楠薇岚妍淑'.split('');

export const STREETS = ['人民大街', '解放大路', '自由大路', '建设街', '新华路', '长江路', '中华路', '光明街', '胜利街', '和平路', '工农路', '青年路'];

export const MOBILE_PREFIXES = ['130', '131', '132', '135', '136', '138', '139', '150', '151', '155', '156', '158', '159', '176', '177', '181', '185', '186', '187', '188', '189', '199'];

/** Industries (GB/T 4754 sections) with the kinds of business that fill them and their size mix (large, sme, micro). */
export const INDUSTRIES: readonly { name: string; businesses: readonly string[]; weight: number }[] = [
  { name: '制造业', businesses: ['汽车零部件制造', '生物制药', '精细化工', '模具科技', '轨道客车配件', '食品', '新型建材', '机械制造'], weight: 30 },
  { name: '建筑业', businesses: ['建筑安装工程', '路桥工程', '装饰工程'], weight: 12 },
  { name: '批发和零售业', businesses: ['商贸', '医药连锁', '农资'], weight: 18 },
  { name: '交通运输、仓储和邮政业', businesses: ['物流', '客运', '仓储'], weight: 8 },
  { name: '住宿和餐饮业', businesses: ['餐饮管理', '酒店管理'], weight: 9 },
  { name: '信息传输、软件和信息技术服务业', businesses: ['软件技术', '网络科技', '数据服务'], weight: 5 },
  { name: '居民服务、修理和其他服务业', businesses: ['家政服务', '汽车维修服务', '物业服务'], weight: 10 },
  { name: '卫生和社会工作', businesses: ['健康管理咨询', '养老服务', '口腔门诊'], weight: 4 },
  { name: '电力、热力、燃气及水生产和供应业', businesses: ['热力', '燃气', '电力工程'], weight: 4 },
];

export const BRAND_CHARS = '鑫盛华泰恒通达宏远广源利兴隆昌瑞丰安顺德信诚祥和金永新佳'.split('');

/** Size of an employer (schema EMPLOYER_SIZES) with its share of employers and its relative headcount. */
export const SIZES = [
  { size: 'large', share: 2, headcount: 60 },
  { size: 'sme', share: 18, headcount: 8 },
  { size: 'micro', share: 80, headcount: 1 },
] as const;

/** Occupations (工种) of the certificates, with Jilin's shortage occupations (A9) among them. */
export const OCCUPATIONS = [
  '焊工', '电工', '钳工', '车工', '模具工', '化学分析工', '药物制剂工', '多工序数控机床操作调整工', '汽车维修工', '育婴员',
  '保育师', '养老护理员', '中式烹调师', '保安员', '家政服务员', '健康管理师', '电子商务师', '物流服务师', '建筑信息模型技术员', '茶艺师',
];
export const OCCUPATION_WEIGHTS = [14, 14, 8, 6, 5, 4, 3, 3, 8, 6, 4, 6, 5, 5, 5, 3, 3, 3, 2, 2];
/** Level numbers 5 初级 … 1 高级技师 (A4 covers 5–3; 2 and 1 exercise the refusal). */
export const LEVELS = [5, 4, 3, 2, 1];
export const LEVEL_WEIGHTS = [40, 33, 20, 5, 2];
