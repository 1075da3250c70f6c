import { createHash } from 'node:crypto';

/**
 * The keys that protect personal data at rest (ID numbers, phones, bank accounts): a ring of SM4 data keys,
 * each with an id stored next to every ciphertext so that a key can be rotated without a flag day, and one
 * separate key for the blind index that makes look-ups by ID number possible without decrypting. Keys come
 * from the environment (`HUIMIN_DATA_KEYS`, `HUIMIN_INDEX_KEY`); this module only parses and checks them, so
 * the API (its env.ts) and the database CLIs agree on the format.
 */
export interface KeyRing {
  /** Id of the key new values are encrypted with: the first of `HUIMIN_DATA_KEYS`. */
  readonly currentKeyId: string;
  /** Every data key that may still be needed to decrypt (current and retired), 32 bytes each. */
  readonly dataKeys: ReadonlyMap<string, Buffer>;
  /** Key of the blind index (HMAC-SM3), 32 bytes; never used to encrypt. */
  readonly indexKey: Buffer;
  /** True for the fixed, published demo keys: they protect nothing and must never hold real data. */
  readonly demo: boolean;
}

export class KeyConfigError extends Error {}

/** The key id of the demo ring. A production start refuses it, so data encrypted under it cannot go live. */
export const DEMO_KEY_ID = 'demo';

const KEY_ID = /^[a-z0-9][a-z0-9_-]{0,31}$/;
const HEX_KEY = /^[0-9a-fA-F]{64}$/;

/**
 * `HUIMIN_DATA_KEYS` is `id:hex,id:hex,…` (64 hex digits = 32 bytes per key); the first entry encrypts new
 * values, the others only decrypt until a re-encryption run has moved every value to the first.
 * `HUIMIN_INDEX_KEY` is 64 hex digits and must differ from every data key.
 */
export function parseKeyRing(dataKeys: string, indexKey: string): KeyRing {
  const problems: string[] = [];
  const keys = new Map<string, Buffer>();
  let currentKeyId: string | undefined;
  for (const entry of dataKeys.split(',').map((s) => s.trim()).filter(Boolean)) {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    const hex = colon > 0 ? entry.slice(colon + 1) : '';
    if (!KEY_ID.test(id)) {
      problems.push(`HUIMIN_DATA_KEYS 中的密钥编号“${id || entry.slice(0, 8)}”无效：应为小写字母、数字、-、_，最长32位`);
      continue;
    }
    if (id === DEMO_KEY_ID) {
      problems.push(`HUIMIN_DATA_KEYS 不能使用保留的演示密钥编号“${DEMO_KEY_ID}”`);
      continue;
    }
    if (!HEX_KEY.test(hex)) {
      problems.push(`HUIMIN_DATA_KEYS 中密钥“${id}”应为64位十六进制（32字节随机数）`);
      continue;
    }
    if (keys.has(id)) {
      problems.push(`HUIMIN_DATA_KEYS 中密钥编号“${id}”重复`);
      continue;
    }
    keys.set(id, Buffer.from(hex, 'hex'));
    currentKeyId ??= id;
  }
  if (keys.size === 0 && problems.length === 0) problems.push('HUIMIN_DATA_KEYS 至少需要一个密钥，格式为 编号:64位十六进制');
  if (!HEX_KEY.test(indexKey.trim())) problems.push('HUIMIN_INDEX_KEY 应为64位十六进制（32字节随机数）');
  const index = Buffer.from(indexKey.trim(), 'hex');
  if (problems.length === 0 && [...keys.values()].some((k) => k.equals(index))) {
    problems.push('HUIMIN_INDEX_KEY 不能与任何数据密钥相同');
  }
  for (const [id, key] of keys) {
    if (new Set(key).size < 8) problems.push(`HUIMIN_DATA_KEYS 中密钥“${id}”不像随机数，请用安全随机数生成`);
  }
  if (problems.length > 0) throw new KeyConfigError(problems.join('\n'));
  return { currentKeyId: currentKeyId!, dataKeys: keys, indexKey: index, demo: false };
}

/**
 * Fixed keys derived from a published phrase, for demo mode and tests only: the demo data is made up, and a
 * newcomer must be able to start the product with one command. Everyone can derive them, which is why the
 * key id says `demo` and a production start refuses to run with them.
 */
export function demoKeyRing(): KeyRing {
  const derive = (label: string) => createHash('sha256').update(`huimin demo key, NOT FOR REAL DATA: ${label}`).digest();
  return {
    currentKeyId: DEMO_KEY_ID,
    dataKeys: new Map([[DEMO_KEY_ID, derive('data')]]),
    indexKey: derive('index'),
    demo: true,
  };
}

export interface KeyRingEnv {
  HUIMIN_DATA_KEYS?: string | undefined;
  HUIMIN_INDEX_KEY?: string | undefined;
}

/**
 * The key ring the environment names. When neither variable is set, demo mode and tests get the demo ring;
 * any other start stops with a message saying what to set, because a production database must never be
 * written with keys that everyone knows.
 */
export function keyRingFromEnv(env: KeyRingEnv, options: { allowDemo: boolean }): KeyRing {
  const dataKeys = env.HUIMIN_DATA_KEYS?.trim() ?? '';
  const indexKey = env.HUIMIN_INDEX_KEY?.trim() ?? '';
  if (!dataKeys && !indexKey) {
    if (options.allowDemo) return demoKeyRing();
    throw new KeyConfigError(
      '未配置个人数据加密密钥：生产模式必须设置 HUIMIN_DATA_KEYS（编号:64位十六进制，可逗号分隔多个，第一个用于加密）' +
        '和 HUIMIN_INDEX_KEY（64位十六进制），例如用 `openssl rand -hex 32` 生成；演示模式（HUIMIN_DEMO=1）可不设置',
    );
  }
  if (!dataKeys) throw new KeyConfigError('已设置 HUIMIN_INDEX_KEY 但未设置 HUIMIN_DATA_KEYS');
  if (!indexKey) throw new KeyConfigError('已设置 HUIMIN_DATA_KEYS 但未设置 HUIMIN_INDEX_KEY');
  return parseKeyRing(dataKeys, indexKey);
}
