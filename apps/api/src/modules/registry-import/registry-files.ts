import ExcelJS from 'exceljs';
import { badRequest } from '../../common/problem.js';

/**
 * Registry rows from a file exported by a core system (issue 5): CSV (UTF-8, with or without BOM, comma
 * separated, RFC 4180 quotes) or an Excel workbook (first sheet). The first row names the fields exactly as
 * the JSON import does (`idNumber`, `name`, …); each further row becomes one object, so a file goes through the
 * same validation, scope checks and upsert as a JSON body.
 */
export const CSV_MIME = 'text/csv';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const UPLOAD_MIMES = [CSV_MIME, XLSX_MIME] as const;

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  if (quoted) throw badRequest([{ path: '', message: 'CSV文件的引号未闭合' }]);
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    return '';
  }
  return String(value);
}

export async function parseXlsx(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw badRequest([{ path: '', message: '无法读取Excel文件，请上传 .xlsx 格式的工作簿' }]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badRequest([{ path: '', message: 'Excel文件中没有工作表' }]);
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) values.push(cellText(row.getCell(c).value).trim());
    if (values.some((v) => v !== '')) rows.push(values);
  });
  return rows;
}

/** The header row names the fields; an empty cell leaves its field out (an optional field stays unset). */
export function rowsToObjects(table: string[][]): Record<string, string>[] {
  const [header, ...rows] = table;
  if (!header || header.every((h) => h.trim() === '')) throw badRequest([{ path: '', message: '文件第一行应为字段名' }]);
  const names = header.map((h) => h.trim());
  return rows.map((cells) => {
    const o: Record<string, string> = {};
    names.forEach((name, i) => {
      const v = (cells[i] ?? '').trim();
      if (name && v !== '') o[name] = v;
    });
    return o;
  });
}

export async function rowsFromUpload(contentType: string | undefined, body: unknown): Promise<{ rows: Record<string, string>[]; source: 'csv' | 'xlsx' }> {
  const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!Buffer.isBuffer(body)) throw badRequest([{ path: '', message: `请以 ${CSV_MIME} 或 ${XLSX_MIME} 上传文件内容` }]);
  if (mime === CSV_MIME) return { rows: rowsToObjects(parseCsv(body.toString('utf8'))), source: 'csv' };
  return { rows: rowsToObjects(await parseXlsx(body)), source: 'xlsx' };
}
