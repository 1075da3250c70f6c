/**
 * A Bloom filter over the (person, month) keys of a contribution file (issue 8).
 *
 * The import refuses a person-month repeated in the file after its first line. It applies the file slice by
 * slice while the next slice is read, so each slice must be checked against every earlier line. Asking the
 * database for every line would cost an index probe per line. This filter answers "certainly new" for almost
 * every line in memory, and only the rest are asked of the database. The database decides: a false "maybe seen"
 * costs one probe and changes nothing; a line that was seen is never reported new.
 *
 * Its size is fixed when it is made (from the file's size), so memory stays bounded for files of tens of millions
 * of lines: more lines than planned only make more of them "maybe seen".
 */
export class SeenKeys {
  readonly #bits: Uint32Array;
  readonly #mask: number;

  /** `expectedKeys`: about how many keys will be added; 16 bits each, rounded up to a power of two. */
  constructor(expectedKeys: number) {
    const wanted = Math.max(1 << 16, Math.min(2 ** 29, expectedKeys * 16));
    const size = 2 ** Math.ceil(Math.log2(wanted));
    this.#bits = new Uint32Array(size / 32);
    this.#mask = size - 1;
  }

  /** The hash pair of a person's key, computed once per person (a file lists a person for many months). */
  static personHash(personKey: string): PersonHash {
    // FNV-1a and a second multiplier over the same characters: two independent 32-bit hashes.
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let i = 0; i < personKey.length; i++) {
      const c = personKey.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    return { a: a >>> 0, b: b >>> 0 };
  }

  /** Adds the key and tells whether it may have been added before (false: it certainly was not). */
  add(person: PersonHash, month: string): boolean {
    // The month (YYYY-MM) as a number, mixed into both hashes; the four positions by double hashing.
    const m = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
    const h1 = (person.a ^ Math.imul(m, 0x9e3779b1)) >>> 0;
    const h2 = (person.b ^ Math.imul(m, 0x85ebca77)) | 1;
    let seen = true;
    for (let i = 0; i < 4; i++) {
      const bit = (h1 + Math.imul(i, h2)) & this.#mask;
      const word = bit >>> 5;
      const flag = 1 << (bit & 31);
      if ((this.#bits[word]! & flag) === 0) {
        seen = false;
        this.#bits[word]! |= flag;
      }
    }
    return seen;
  }
}

export interface PersonHash {
  readonly a: number;
  readonly b: number;
}
