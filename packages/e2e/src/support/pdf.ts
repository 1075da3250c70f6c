// Reads back the PDF that chromium prints (page.pdf): how many pages it has and the text it draws, so a test
// can check the paper and not only the page it was printed from. Enough of the format for chromium's output
// (uncompressed object table, Flate-compressed streams, fonts with a ToUnicode map, text shown with Tj/TJ);
// not a general PDF reader.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\b/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    let dict = body;
    let stream: Buffer | null = null;
    if (streamAt >= 0) {
      dict = body.slice(0, streamAt);
      const dataStart = start + streamAt + (body[streamAt + 6] === '\r' ? 8 : 7);
      const dataEnd = text.lastIndexOf('endstream', end);
      const raw = pdf.subarray(dataStart, dataEnd);
      stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    }
    objects.set(Number(match[1]), { dict, stream });
    header.lastIndex = end;
  }
  return objects;
}

/** Character code (hex, as written in the content stream) → text, from a ToUnicode CMap. */
function parseCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(code!.toUpperCase(), utf16(unicode!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, unicode] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const width = from!.length;
      for (let code = parseInt(from!, 16), u = parseInt(unicode!, 16); code <= parseInt(to!, 16); code++, u++) {
        map.set(code.toString(16).toUpperCase().padStart(width, '0'), String.fromCharCode(u));
      }
    }
  }
  return map;
}

function ref(dict: string, key: string): number | null {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
}

/** The `/Name N 0 R` pairs of a sub-dictionary such as `/Font << … >>` (inline or referenced). */
function namedRefs(dict: string, key: string, objects: Map<number, PdfObject>): Map<string, number> {
  let inner = new RegExp(`/${key}\\s*<<([\\s\\S]*?)>>`).exec(dict)?.[1];
  if (inner === undefined) {
    const id = ref(dict, key);
    inner = id === null ? '' : (objects.get(id)?.dict ?? '');
  }
  return new Map([...inner.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)].map((m) => [m[1]!, Number(m[2])]));
}

export interface PdfContent {
  pages: number;
  /**
   * The text each page draws, in drawing order (no spaces added between positioned glyphs), NFKC-normalised:
   * the fonts map some ideographs to their look-alike radicals (大 → ⼤), which NFKC folds back. Compare with
   * `expected.normalize('NFKC')`.
   */
  pageTexts: string[];
}

export function readPdf(pdf: Buffer): PdfContent {
  const objects = parseObjects(pdf);
  const cmaps = new Map<number, Map<string, string>>();
  const cmapOf = (fontId: number) => {
    if (!cmaps.has(fontId)) {
      const toUnicode = ref(objects.get(fontId)?.dict ?? '', 'ToUnicode');
      const stream = toUnicode === null ? null : objects.get(toUnicode)?.stream;
      cmaps.set(fontId, stream ? parseCMap(stream.toString('latin1')) : new Map());
    }
    return cmaps.get(fontId)!;
  };

  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page(?![s\w])/.test(o.dict));
  const pageTexts = pages.map((page) => {
    const resourcesId = ref(page.dict, 'Resources');
    const resources = resourcesId === null ? page.dict : (objects.get(resourcesId)?.dict ?? '');
    const fonts = namedRefs(resources, 'Font', objects);
    const contentsArray = /\/Contents\s*\[([^\]]*)\]/.exec(page.dict)?.[1];
    const contentIds = contentsArray
      ? [...contentsArray.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]))
      : [ref(page.dict, 'Contents')].filter((id): id is number => id !== null);
    const content = contentIds.map((id) => objects.get(id)?.stream?.toString('latin1') ?? '').join('\n');

    let out = '';
    let cmap = new Map<string, string>();
    let codeLength = 2;
    // Inside a span with /ActualText the glyphs are replaced by that text (chromium writes it where the
    // glyph's own mapping would be wrong), so they are not shown a second time.
    let replaced = false;
    const show = (hex: string) => {
      if (replaced) return;
      for (let i = 0; i + codeLength <= hex.length; i += codeLength) out += cmap.get(hex.slice(i, i + codeLength).toUpperCase()) ?? '';
    };
    // Tokens: font selection, a span's actual text and its end, hex and literal strings, the end of a text block.
    const tokens =
      /\/([\w.+-]+)\s+[\d.]+\s+Tf|\/ActualText\s*<([0-9A-Fa-f\s]*)>|\b(EMC)\b|<([0-9A-Fa-f\s]*)>|\(((?:\\.|[^\\)])*)\)|\b(ET)\b/g;
    for (const m of content.matchAll(tokens)) {
      if (m[2] !== undefined) {
        const units = (m[2].replace(/\s+/g, '').match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)).filter((u) => u !== 0xfeff);
        out += String.fromCharCode(...units);
        replaced = true;
      } else if (m[3]) {
        replaced = false;
      } else if (m[1] !== undefined) {
        const fontId = fonts.get(m[1]);
        cmap = fontId === undefined ? new Map() : cmapOf(fontId);
        codeLength = [...cmap.keys()][0]?.length ?? 2;
      } else if (m[4] !== undefined) {
        show(m[4].replace(/\s+/g, ''));
      } else if (m[5] !== undefined) {
        const bytes = m[5].replace(/\\([()\\])/g, '$1');
        show([...bytes].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
      } else if (m[6]) {
        out += '\n';
      }
    }
    return out.normalize('NFKC');
  });
  return { pages: pages.length, pageTexts };
}
