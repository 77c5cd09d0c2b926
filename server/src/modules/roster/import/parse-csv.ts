import type { TableRow } from './parse-table';

/** UTF-8 (with or without BOM); anything that is not valid UTF-8 is read as GB18030, which Excel in China writes. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, line breaks and "" for a quote.
 * Each record keeps its spreadsheet row number (a line break inside quotes stays in the same row).
 */
export function parseCsv(bytes: Uint8Array): TableRow[] {
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    cells.push(field.trim());
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push({ row: rows.length + 1, cells });
    cells = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (ch === ',') endField();
    else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else field += ch;
    i += 1;
  }
  if (field !== '' || cells.length > 0) endRow();
  return rows;
}
