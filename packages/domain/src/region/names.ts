import type { RegionCode } from './codes.js';

/**
 * Names for the divisions the platform shows by default: the country, all 31 provincial-level divisions
 * (GB/T 2260; Hong Kong, Macao and Taiwan are outside the unemployment-insurance system) and the
 * prefecture-level cities of the provinces whose policies ship with the platform (Inner Mongolia, Jilin,
 * Heilongjiang, Shandong). A deployment adds its own counties through its region table.
 */
export const REGIONS: Readonly<Record<RegionCode, string>> = Object.freeze({
  '000000': '全国',
  '110000': '北京市',
  '120000': '天津市',
  '130000': '河北省',
  '140000': '山西省',
  '150000': '内蒙古自治区',
  '210000': '辽宁省',
  '220000': '吉林省',
  '230000': '黑龙江省',
  '310000': '上海市',
  '320000': '江苏省',
  '330000': '浙江省',
  '340000': '安徽省',
  '350000': '福建省',
  '360000': '江西省',
  '370000': '山东省',
  '410000': '河南省',
  '420000': '湖北省',
  '430000': '湖南省',
  '440000': '广东省',
  '450000': '广西壮族自治区',
  '460000': '海南省',
  '500000': '重庆市',
  '510000': '四川省',
  '520000': '贵州省',
  '530000': '云南省',
  '540000': '西藏自治区',
  '610000': '陕西省',
  '620000': '甘肃省',
  '630000': '青海省',
  '640000': '宁夏回族自治区',
  '650000': '新疆维吾尔自治区',

  // Inner Mongolia
  '150100': '呼和浩特市',
  '150200': '包头市',
  '150300': '乌海市',
  '150400': '赤峰市',
  '150500': '通辽市',
  '150600': '鄂尔多斯市',
  '150700': '呼伦贝尔市',
  '150800': '巴彦淖尔市',
  '150900': '乌兰察布市',
  '152200': '兴安盟',
  '152500': '锡林郭勒盟',
  '152900': '阿拉善盟',

  // Jilin
  '220100': '长春市',
  '220200': '吉林市',
  '220300': '四平市',
  '220400': '辽源市',
  '220500': '通化市',
  '220600': '白山市',
  '220700': '松原市',
  '220800': '白城市',
  '222400': '延边朝鲜族自治州',

  // Heilongjiang
  '230100': '哈尔滨市',
  '230200': '齐齐哈尔市',
  '230300': '鸡西市',
  '230400': '鹤岗市',
  '230500': '双鸭山市',
  '230600': '大庆市',
  '230700': '伊春市',
  '230800': '佳木斯市',
  '230900': '七台河市',
  '231000': '牡丹江市',
  '231100': '黑河市',
  '231200': '绥化市',
  '232700': '大兴安岭地区',

  // Shandong (371200 莱芜市 was merged into 济南市 in 2019 and is not listed)
  '370100': '济南市',
  '370200': '青岛市',
  '370300': '淄博市',
  '370400': '枣庄市',
  '370500': '东营市',
  '370600': '烟台市',
  '370700': '潍坊市',
  '370800': '济宁市',
  '370900': '泰安市',
  '371000': '威海市',
  '371100': '日照市',
  '371300': '临沂市',
  '371400': '德州市',
  '371500': '聊城市',
  '371600': '滨州市',
  '371700': '菏泽市',
});

/** The name of a region in `REGIONS`, or `undefined` when the table does not know it. */
export function regionName(code: RegionCode): string | undefined {
  return Object.hasOwn(REGIONS, code) ? REGIONS[code] : undefined;
}
