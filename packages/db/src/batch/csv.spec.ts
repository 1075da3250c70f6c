import { describe, expect, it } from 'vitest';
import { CsvStreamParser, type CsvRecord } from './csv.js';

/** Parses `text` fed in pieces cut at `cuts` (character offsets), as a file arrives in chunks. */
function parse(text: string, cuts: number[] = []): CsvRecord[] {
  const parser = new CsvStreamParser();
  const out: CsvRecord[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    out.push(...parser.push(text.slice(from, cut)));
    from = cut;
  }
  return [...out, ...parser.end()];
}

// A registry file with every case the reader handles: BOM, CRLF, LF and CR line ends, quoted fields with commas,
// doubled quotes and line breaks inside, an empty field, a quote in the middle of an unquoted field, a blank line.
const FILE =
  '\uFEFFidNumber,creditCode,month\r\n' +
  '11010519491231002X,91350100M000100Y43,2026-01\r\n' +
  '"110101199003074477","9111, ""总部""",2026-02\n' +
  '\n' +
  'a"b,,"line one\r\nline two"\r' +
  'last,row,2026-03';

const EXPECTED: CsvRecord[] = [
  { line: 1, fields: ['idNumber', 'creditCode', 'month'] },
  { line: 2, fields: ['11010519491231002X', '91350100M000100Y43', '2026-01'] },
  { line: 3, fields: ['110101199003074477', '9111, "总部"', '2026-02'] },
  { line: 5, fields: ['a"b', '', 'line one\r\nline two'] },
  { line: 7, fields: ['last', 'row', '2026-03'] },
];

describe('CsvStreamParser', () => {
  it('reads every field and the line each record starts on', () => {
    expect(parse(FILE)).toEqual(EXPECTED);
  });

  it('gives the same records wherever the chunks are cut (runs of plain characters are taken as slices)', () => {
    for (let cut = 1; cut < FILE.length; cut++) expect(parse(FILE, [cut]), `cut at ${cut}`).toEqual(EXPECTED);
    for (let a = 1; a < FILE.length; a += 7) {
      for (let b = a + 1; b < FILE.length; b += 5) expect(parse(FILE, [a, b]), `cuts at ${a}, ${b}`).toEqual(EXPECTED);
    }
  });

  it('reports a file that ends inside a quoted field', () => {
    expect(parse('a,"open\nstill open')).toEqual([{ line: 1, fields: ['a', 'open\nstill open'], unterminated: true }]);
  });
});
