import { z } from 'zod';

export const IMPORT_KINDS = ['deputies', 'units'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** An uploaded spreadsheet: .xlsx or .csv, base64 in JSON. */
export const importFileSchema = z
  .object({
    filename: z.string().trim().min(1).max(255),
    contentBase64: z
      .base64()
      .min(1)
      .max(15 * 1024 * 1024),
  })
  .strict();

/** A row-level problem: 1-based spreadsheet row (the header is row 1), the column, and what is wrong. */
export const importRowErrorSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const importPreviewSchema = z.object({
  total: z.number().int(),
  valid: z.number().int(),
  rows: z.array(z.object({ row: z.number().int(), data: z.record(z.string(), z.unknown()) })),
  errors: z.array(importRowErrorSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({ imported: z.number().int() });
