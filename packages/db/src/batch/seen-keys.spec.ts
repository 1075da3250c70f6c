import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SeenKeys } from './seen-keys.js';

const key = (i: number) => createHash('sha256').update(String(i)).digest('hex');

describe('the filter of person-months seen in a contribution file', () => {
  it('never calls a key seen before new', () => {
    const seen = new SeenKeys(10_000);
    for (let i = 0; i < 10_000; i++) seen.add(SeenKeys.personHash(key(i)), `2026-${String((i % 12) + 1).padStart(2, '0')}`);
    for (let i = 0; i < 10_000; i++) expect(seen.add(SeenKeys.personHash(key(i)), `2026-${String((i % 12) + 1).padStart(2, '0')}`)).toBe(true);
  });

  it('calls almost every new key new: other persons, and the same person in other months', () => {
    const seen = new SeenKeys(120_000);
    let maybe = 0;
    for (let p = 0; p < 10_000; p++) {
      const person = SeenKeys.personHash(key(p));
      for (let m = 1; m <= 12; m++) if (seen.add(person, `2025-${String(m).padStart(2, '0')}`)) maybe++;
    }
    // 16 bits a key and four positions: about one in 10,000 (0.0024 % expected at this load).
    expect(maybe).toBeLessThan(120);
    // December of one year is not January of the next.
    expect(seen.add(SeenKeys.personHash(key(1)), '2026-01')).toBe(false);
  });

  it('keeps its size whatever is added: more keys than planned only make more of them "maybe seen"', () => {
    const seen = new SeenKeys(100);
    let maybe = 0;
    for (let i = 0; i < 100_000; i++) if (seen.add(SeenKeys.personHash(key(i)), '2026-01')) maybe++;
    expect(maybe).toBeGreaterThan(0);
    expect(maybe).toBeLessThan(100_000);
  });
});
