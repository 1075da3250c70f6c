import { createCipheriv, createDecipheriv, getCiphers } from 'node:crypto';
import smCrypto from 'sm-crypto';
import { describe, expect, it } from 'vitest';
import { DecryptionError, PersonalDataCipher } from './cipher.js';
import { javaScriptSm, openSslSm, sm } from './sm.js';
import { DEMO_KEY_ID, demoKeyRing, KeyConfigError, keyRingFromEnv, parseKeyRing } from './keys.js';

const K1 = '6f1d0c6a3b2e9f8d7c4b5a6978e1f2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d';
const K2 = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9a';
const IX = '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0';

describe('the national algorithms', () => {
  it('SM4 matches the example of GB/T 32907-2016', () => {
    const hex = '0123456789abcdeffedcba9876543210';
    const block = smCrypto.sm4.encrypt(
      Array.from(Buffer.from(hex, 'hex')),
      hex,
      { padding: 'none', output: 'array' },
    );
    expect(Buffer.from(block).toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
  });

  it('SM3 matches the example of GB/T 32905-2016', () => {
    expect(smCrypto.sm3('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it.runIf(getCiphers().includes('sm4-cbc'))('SM4-CBC interoperates with OpenSSL, so another system can decrypt an export', () => {
    const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
    const iv = Buffer.from('fedcba98765432100123456789abcdef', 'hex');
    const ours = smCrypto.sm4.encrypt('220102198001011234', key.toString('hex'), { mode: 'cbc', iv: iv.toString('hex') });
    const decipher = createDecipheriv('sm4-cbc', key, iv);
    expect(Buffer.concat([decipher.update(Buffer.from(ours, 'hex')), decipher.final()]).toString()).toBe('220102198001011234');
    const cipher = createCipheriv('sm4-cbc', key, iv);
    expect(Buffer.concat([cipher.update('220102198001011234'), cipher.final()]).toString('hex')).toBe(ours);
  });
});

describe('the two implementations of the national algorithms (OpenSSL and sm-crypto)', () => {
  const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
  const iv = Buffer.from('fedcba98765432100123456789abcdef', 'hex');
  const texts = ['', '1', '220102198001011234', '6222020200112233445', '13812345678', '张三丰·阿卜杜勒', 'x'.repeat(16), 'y'.repeat(33)];

  it.runIf(getCiphers().includes('sm4-cbc'))('give the same HMAC-SM3 and SM4-CBC bytes, and each decrypts the other', () => {
    const macKey = Buffer.from(IX, 'hex');
    for (const text of texts) {
      expect(openSslSm.hmacSm3(macKey, `id_number:${text}`)).toBe(javaScriptSm.hmacSm3(macKey, `id_number:${text}`));
      const a = openSslSm.sm4CbcEncrypt(text, key, iv);
      expect(a).toBe(javaScriptSm.sm4CbcEncrypt(text, key, iv));
      expect(javaScriptSm.sm4CbcDecrypt(a, key, iv)).toBe(text);
      expect(openSslSm.sm4CbcDecrypt(a, key, iv)).toBe(text);
    }
  });

  it.runIf(getCiphers().includes('sm4-cbc'))('uses OpenSSL’s where Node has it, the faster one', () => {
    expect(sm).toBe(openSslSm);
  });
});

describe('PersonalDataCipher', () => {
  const cipher = new PersonalDataCipher(parseKeyRing(`k2026:${K1}`, IX));

  it('round-trips, and never gives the same ciphertext twice', () => {
    const a = cipher.encrypt('220102198001011234');
    const b = cipher.encrypt('220102198001011234');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^sm4\$k2026\$[0-9a-f]{32}\$[0-9a-f]+\$[0-9a-f]{32}$/);
    expect(a).not.toContain('220102198001011234');
    expect(cipher.decrypt(a)).toBe('220102198001011234');
    expect(cipher.decrypt(cipher.encrypt('张三 13812345678'))).toBe('张三 13812345678');
  });

  it('detects a changed ciphertext instead of returning garbage', () => {
    const stored = cipher.encrypt('13812345678');
    const parts = stored.split('$');
    const body = parts[3]!;
    parts[3] = (body[0] === '0' ? '1' : '0') + body.slice(1);
    expect(() => cipher.decrypt(parts.join('$'))).toThrow(DecryptionError);
    expect(() => cipher.decrypt('13812345678')).toThrow(DecryptionError);
  });

  it('computes a deterministic blind index that depends on the index key and the kind', () => {
    const same = new PersonalDataCipher(parseKeyRing(`other:${K2}`, IX));
    const otherIndex = new PersonalDataCipher(parseKeyRing(`k2026:${K1}`, K2));
    expect(cipher.personKey('11010519491231002x')).toBe(same.personKey('11010519491231002X'));
    expect(cipher.personKey('11010519491231002X')).toMatch(/^[0-9a-f]{64}$/);
    expect(otherIndex.personKey('11010519491231002X')).not.toBe(cipher.personKey('11010519491231002X'));
    expect(cipher.blindIndex('phone', '13812345678')).not.toBe(cipher.blindIndex('bank_account', '13812345678'));
  });

  it('rotates: a retired key still decrypts, and re-encryption moves a value to the current key', () => {
    const old = cipher.encrypt('220102198001011234');
    const rotated = new PersonalDataCipher(parseKeyRing(`k2027:${K2},k2026:${K1}`, IX));
    expect(rotated.currentKeyId).toBe('k2027');
    expect(rotated.decrypt(old)).toBe('220102198001011234');
    const moved = rotated.reencrypt(old);
    expect(rotated.keyIdOf(moved)).toBe('k2027');
    expect(rotated.decrypt(moved)).toBe('220102198001011234');
    expect(rotated.reencrypt(moved)).toBe(moved);
    // Once the retired key is dropped from the ring, its values no longer decrypt: rotate before removing.
    const dropped = new PersonalDataCipher(parseKeyRing(`k2027:${K2}`, IX));
    expect(() => dropped.decrypt(old)).toThrow(/k2026/);
  });
});

describe('key configuration', () => {
  it('refuses a start without keys unless demo keys are allowed, and says what to set', () => {
    expect(() => keyRingFromEnv({}, { allowDemo: false })).toThrow(KeyConfigError);
    expect(() => keyRingFromEnv({}, { allowDemo: false })).toThrow(/HUIMIN_DATA_KEYS/);
    const demo = keyRingFromEnv({}, { allowDemo: true });
    expect(demo.demo).toBe(true);
    expect(demo.currentKeyId).toBe(DEMO_KEY_ID);
    expect(new PersonalDataCipher(demo).personKey('11010519491231002X')).toBe(
      new PersonalDataCipher(demoKeyRing()).personKey('11010519491231002X'),
    );
  });

  it('uses configured keys even where demo keys would be allowed', () => {
    const ring = keyRingFromEnv({ HUIMIN_DATA_KEYS: `prod1:${K1}`, HUIMIN_INDEX_KEY: IX }, { allowDemo: true });
    expect(ring).toMatchObject({ currentKeyId: 'prod1', demo: false });
  });

  it.each([
    ['a short key', `k1:${K1.slice(2)}`, IX, /64位十六进制/],
    ['a bad key id', `K 1:${K1}`, IX, /密钥编号/],
    ['the reserved demo id', `demo:${K1}`, IX, /演示密钥/],
    ['a duplicate id', `k1:${K1},k1:${K2}`, IX, /重复/],
    ['an index key equal to a data key', `k1:${K1}`, K1, /不能与任何数据密钥相同/],
    ['a missing index key', `k1:${K1}`, '', /HUIMIN_INDEX_KEY/],
    ['a key that is not random', `k1:${'ab'.repeat(32)}`, IX, /随机数/],
  ])('refuses %s', (_what, dataKeys, indexKey, message) => {
    expect(() => keyRingFromEnv({ HUIMIN_DATA_KEYS: dataKeys, HUIMIN_INDEX_KEY: indexKey }, { allowDemo: true })).toThrow(message);
  });
});
