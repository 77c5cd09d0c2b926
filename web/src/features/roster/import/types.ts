export type { ImportKind, ImportPreview, ImportRowError as ImportIssue } from '@renda/shared';

export interface ImportFile {
  filename: string;
  contentBase64: string;
  size: number;
}

/** The server accepts up to 15 MB of base64, i.e. about 11 MB of file; stay below that. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Where the server serves the empty template of each kind. */
export const templateUrl = (kind: 'deputies' | 'units', format: 'xlsx' | 'csv') =>
  `/api/import/template/${kind}?format=${format}`;

export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
