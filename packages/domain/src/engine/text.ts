/** Small formatters for check messages. */

/** Fen → "1950元" / "1950.5元" / "28.8万元" style amounts for Chinese messages. */
export function yuanText(fen: number): string {
  const yuan = fen / 100;
  if (Math.abs(yuan) >= 100_000) return `${+(yuan / 10_000).toFixed(4)}万元`;
  return `${+yuan.toFixed(2)}元`;
}

export const LEVEL_NAMES: Record<number, string> = {
  5: '初级（五级）',
  4: '中级（四级）',
  3: '高级（三级）',
  2: '技师（二级）',
  1: '高级技师（一级）',
};

export function levelName(level: number): string {
  return LEVEL_NAMES[level] ?? `${level}级`;
}

export function pctText(pct: number): string {
  return `${+pct.toFixed(2)}%`;
}
