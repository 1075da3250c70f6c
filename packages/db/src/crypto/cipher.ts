import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { KeyRing } from './keys.js';
import { sm } from './sm.js';

/** Prefix of every stored ciphertext; a value without it is not ours (or is plain text that must not be there). */
export const CIPHERTEXT_PREFIX = 'sm4$';

/** What a blind index is computed over: each kind has its own domain, so equal strings of two kinds never match. */
export type BlindIndexKind = 'id_number' | 'phone' | 'bank_account';

export class DecryptionError extends Error {}

const { hmacSm3 } = sm;

interface DerivedKey {
  /** 16 bytes: the SM4 key. */
  enc: Buffer;
  /** 32 bytes: the HMAC-SM3 key that authenticates each ciphertext. */
  mac: Buffer;
}

/**
 * SM4 encryption of personal data (GB/T 32907, the national standard the issue asks for) with a blind index.
 *
 * Stored form: `sm4$<keyId>$<iv>$<ciphertext>$<mac>` (hex parts). SM4-CBC with a fresh random IV, so equal
 * numbers give different ciphertexts and the column reveals nothing, not even which rows share a value;
 * encrypt-then-MAC with HMAC-SM3 over the key id, IV and ciphertext, because CBC alone lets someone who can
 * write the database flip bits undetected. The key id names which key of the ring decrypts it (rotation).
 *
 * The blind index is HMAC-SM3 under a separate key: deterministic, so `person_key = blindIndex(idNumber)`
 * finds a person without decrypting anything, and useless without the index key (an ID number has too
 * little entropy for an unkeyed hash: it could be brute-forced in minutes).
 */
export class PersonalDataCipher {
  private readonly derived = new Map<string, DerivedKey>();

  constructor(private readonly ring: KeyRing) {
    // Separate subkeys for encryption and authentication, derived once per master key.
    for (const [id, master] of ring.dataKeys) {
      this.derived.set(id, {
        enc: Buffer.from(hmacSm3(master, 'huimin/personal-data/sm4').slice(0, 32), 'hex'),
        mac: Buffer.from(hmacSm3(master, 'huimin/personal-data/mac'), 'hex'),
      });
    }
  }

  get currentKeyId(): string {
    return this.ring.currentKeyId;
  }

  /** True when the ring is the published demo ring (see keys.ts). */
  get demo(): boolean {
    return this.ring.demo;
  }

  encrypt(plain: string): string {
    const keyId = this.ring.currentKeyId;
    const key = this.derived.get(keyId)!;
    const ivBytes = randomBytes(16);
    const iv = ivBytes.toString('hex');
    const body = sm.sm4CbcEncrypt(plain, key.enc, ivBytes);
    const mac = hmacSm3(key.mac, `${keyId}$${iv}$${body}`).slice(0, 32);
    return `${CIPHERTEXT_PREFIX}${keyId}$${iv}$${body}$${mac}`;
  }

  /** The plain value; throws DecryptionError for a value that was altered or whose key is not configured. */
  decrypt(stored: string): string {
    const parts = stored.split('$');
    if (parts.length !== 5 || `${parts[0]}$` !== CIPHERTEXT_PREFIX) throw new DecryptionError('不是加密后的数据');
    const [, keyId, iv, body, mac] = parts as [string, string, string, string, string];
    const key = this.derived.get(keyId);
    if (!key) throw new DecryptionError(`数据由密钥“${keyId}”加密，但 HUIMIN_DATA_KEYS 中没有该密钥`);
    const expected = Buffer.from(hmacSm3(key.mac, `${keyId}$${iv}$${body}`).slice(0, 32), 'hex');
    const given = Buffer.from(mac, 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new DecryptionError('密文校验失败：数据被改动或密钥不符');
    }
    try {
      return sm.sm4CbcDecrypt(body, key.enc, Buffer.from(iv, 'hex'));
    } catch {
      throw new DecryptionError('密文无法解密：数据被改动或密钥不符');
    }
  }

  encryptOptional(plain: string | null | undefined): string | null {
    return plain === null || plain === undefined || plain === '' ? null : this.encrypt(plain);
  }

  decryptOptional(stored: string | null | undefined): string | null {
    return stored === null || stored === undefined ? null : this.decrypt(stored);
  }

  /** Id of the key a stored value was encrypted with. */
  keyIdOf(stored: string): string {
    return stored.split('$')[1] ?? '';
  }

  /** A value encrypted under a retired key, decrypted and encrypted again under the current one; otherwise unchanged. */
  reencrypt(stored: string): string {
    return this.keyIdOf(stored) === this.ring.currentKeyId ? stored : this.encrypt(this.decrypt(stored));
  }

  /** 64 hex digits: HMAC-SM3 under the index key over the kind and the normalised value. */
  blindIndex(kind: BlindIndexKind, value: string): string {
    return hmacSm3(this.ring.indexKey, `${kind}:${normalise(kind, value)}`);
  }

  /** The key every registry table uses for a person: the blind index of the ID number. */
  personKey(idNumber: string): string {
    return this.blindIndex('id_number', idNumber);
  }
}

function normalise(kind: BlindIndexKind, value: string): string {
  const s = value.replace(/[\s\u3000-]+/g, '');
  return kind === 'id_number' ? s.toUpperCase() : s;
}
