const pad = (n: number) => String(n).padStart(2, '0');

function isoDay(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

// Excel's serial day 1 is 1900-01-01, and it counts a 29 February 1900 that never was: from day 61 on, day 0 is 1899-12-30.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A date as people type it into a spreadsheet → YYYY-MM-DD, or null when it is no real date.
 * Accepts 1970-01-02, 1970/1/2, 1970.1.2, 1970年1月2日, 19700102 and Excel serial days (25570).
 */
export function parseDay(input: string): string | null {
  const s = input.trim();
  const ymd =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (ymd) return isoDay(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  if (/^\d{1,7}(\.\d+)?$/.test(s)) {
    const serial = Math.floor(Number(s));
    if (serial < 61) return null;
    const t = new Date(EXCEL_EPOCH + serial * DAY_MS);
    return isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  return null;
}

/** A birth date must be a real day between 1900 and today. */
export function parseBirthDate(input: string, today = new Date()): string | null {
  const day = parseDay(input);
  if (!day) return null;
  return day >= '1900-01-01' && day <= today.toISOString().slice(0, 10) ? day : null;
}
