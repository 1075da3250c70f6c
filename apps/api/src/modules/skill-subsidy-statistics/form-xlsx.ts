import ExcelJS from 'exceljs';
import type { FormSheet } from '@huimin/domain';

/**
 * A form of 002 (附件4, 附件2) as an .xlsx in the printed layout (A18): the title across the table, the merged
 * header cells, thin borders on the table body, A4 landscape. The grid and merges come from the domain
 * (`annex4Sheet`, `annex2Sheet`); this only draws them. `tableRows` are the zero-based rows framed as the table.
 */
export async function formWorkbook(sheet: FormSheet, options: { sheetName: string; tableRows: { from: number; to: number }; columnWidths: number[] }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Huimin';
  const ws = workbook.addWorksheet(options.sheetName, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
  });
  ws.columns = options.columnWidths.map((width) => ({ width }));
  for (const cells of sheet.cells) ws.addRow(cells.map((c) => c ?? null));
  for (const m of sheet.merges) ws.mergeCells(m.from.row + 1, m.from.col + 1, m.to.row + 1, m.to.col + 1);

  const title = ws.getCell(1, 1);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  const width = options.columnWidths.length;
  for (let r = options.tableRows.from + 1; r <= options.tableRows.to + 1; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
