import { z } from 'zod';
import { pageQuerySchema, uuid } from '../common/schemas';

export const auditEntrySchema = z.object({
  id: z.string(),
  chain: z.string(),
  position: z.number().int(),
  at: z.string(),
  actorId: uuid.nullable(),
  actorLabel: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = pageQuerySchema
  .extend({
    action: z.string().max(100).optional(),
    subjectType: z.string().max(50).optional(),
    actorId: uuid.optional(),
    from: z.string().datetime({ offset: true }).optional(),
    to: z.string().datetime({ offset: true }).optional(),
  })
  .strict();

export const auditVerifySchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  chains: z.number().int(),
  firstBroken: z
    .object({ chain: z.string(), position: z.number().int(), id: z.string().nullable(), reason: z.string() })
    .nullable(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifySchema>;
