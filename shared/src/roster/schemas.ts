import { z } from 'zod';
import { isoDate, optionalDate, optionalText, pageQuerySchema, requiredText, uuid } from '../common/schemas';
import { jurisdictionLevelSchema } from '../rules/profile-schema';

export const DEPUTY_STATUSES = [
  'in_office',
  'resigned',
  'recalled',
  'deceased',
  'mandate_ended',
  'suspended',
] as const;
export const deputyStatusSchema = z.enum(DEPUTY_STATUSES);
export type DeputyStatus = z.infer<typeof deputyStatusSchema>;

export const GENDERS = ['male', 'female'] as const;
export const genderSchema = z.enum(GENDERS);

export const UNIT_KINDS = [
  'government', // 人民政府
  'government_department', // 政府工作部门
  'supervisory_commission', // 监察委员会
  'court', // 人民法院
  'procuratorate', // 人民检察院
  'special_committee', // 专门委员会
  'congress_office', // 人大常委会工作机构
  'liaison_station', // 代表联络站
  'other',
] as const;
export const unitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof unitKindSchema>;

export const SC_POSITIONS = ['chair', 'vice_chair', 'secretary_general', 'member'] as const;
export const scPositionSchema = z.enum(SC_POSITIONS);

export const jurisdictionSchema = z.object({
  id: uuid,
  code: z.string(),
  name: z.string(),
  level: jurisdictionLevelSchema,
  parentId: uuid.nullable(),
  profileVersion: z.number().int(),
});
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

export const termInputSchema = z
  .object({ number: z.number().int().min(1).max(99), startDate: isoDate, endDate: optionalDate })
  .strict();
export const termSchema = termInputSchema.extend({
  id: uuid,
  endDate: isoDate.nullable(),
  label: z.string(),
});
export type Term = z.infer<typeof termSchema>;

export const delegationInputSchema = z
  .object({
    termId: uuid,
    name: requiredText(100),
    sortOrder: z.number().int().min(0).max(10_000).default(0),
  })
  .strict();
export const delegationSchema = z.object({
  id: uuid,
  termId: uuid,
  name: z.string(),
  sortOrder: z.number().int(),
  deputyCount: z.number().int(),
});
export type Delegation = z.infer<typeof delegationSchema>;

export const deputyInputSchema = z
  .object({
    termId: uuid,
    name: requiredText(50),
    gender: genderSchema,
    ethnicity: requiredText(20).default('汉族'),
    birthDate: optionalDate,
    delegationId: uuid.nullable().optional(),
    constituency: optionalText(200),
    occupation: optionalText(200),
    party: optionalText(50),
    status: deputyStatusSchema.default('in_office'),
    statusDate: optionalDate,
    statusNote: optionalText(500),
    phone: optionalText(30),
    email: z.email().max(200).nullable().optional(),
    address: optionalText(300),
    cardCode: optionalText(64),
  })
  .strict();
export type DeputyInput = z.infer<typeof deputyInputSchema>;
export const deputyPatchSchema = deputyInputSchema
  .omit({ termId: true })
  .partial()
  .extend({ version: z.number().int() })
  .strict();

export const deputySchema = z.object({
  id: uuid,
  termId: uuid,
  name: z.string(),
  gender: genderSchema,
  ethnicity: z.string(),
  birthDate: isoDate.nullable(),
  delegationId: uuid.nullable(),
  delegationName: z.string().nullable(),
  constituency: z.string().nullable(),
  occupation: z.string().nullable(),
  party: z.string().nullable(),
  status: deputyStatusSchema,
  statusDate: isoDate.nullable(),
  statusNote: z.string().nullable(),
  /** Contact fields are present only for roles that may read them. */
  phone: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  address: z.string().nullable().optional(),
  cardCode: z.string().nullable().optional(),
  version: z.number().int(),
});
export type Deputy = z.infer<typeof deputySchema>;

export const deputyListQuerySchema = pageQuerySchema
  .extend({
    termId: uuid.optional(),
    delegationId: uuid.optional(),
    status: deputyStatusSchema.optional(),
    gender: genderSchema.optional(),
  })
  .strict();
export type DeputyListQuery = z.infer<typeof deputyListQuerySchema>;

export const unitInputSchema = z
  .object({
    name: requiredText(100),
    shortName: optionalText(50),
    kind: unitKindSchema,
    parentId: uuid.nullable().optional(),
    contactPerson: optionalText(50),
    phone: optionalText(30),
    address: optionalText(300),
    active: z.boolean().default(true),
  })
  .strict();
export type UnitInput = z.infer<typeof unitInputSchema>;
export const unitPatchSchema = unitInputSchema.partial().extend({ version: z.number().int() }).strict();
export const unitSchema = z.object({
  id: uuid,
  name: z.string(),
  shortName: z.string().nullable(),
  kind: unitKindSchema,
  parentId: uuid.nullable(),
  contactPerson: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type Unit = z.infer<typeof unitSchema>;
export const unitListQuerySchema = pageQuerySchema.extend({ kind: unitKindSchema.optional() }).strict();

export const scMemberInputSchema = z
  .object({
    termId: uuid,
    deputyId: uuid,
    position: scPositionSchema,
    startDate: isoDate,
    endDate: optionalDate,
  })
  .strict();
export const scMemberSchema = z.object({
  id: uuid,
  termId: uuid,
  deputyId: uuid,
  deputyName: z.string(),
  position: scPositionSchema,
  startDate: isoDate,
  endDate: isoDate.nullable(),
});
export type ScMember = z.infer<typeof scMemberSchema>;

/** The roster figures shown on the dashboard. */
export const rosterSummarySchema = z.object({
  deputiesInOffice: z.number().int(),
  deputiesByStatus: z.record(z.string(), z.number().int()),
  deputiesByDelegation: z.array(z.object({ name: z.string(), count: z.number().int() })),
  deputiesByGender: z.record(z.string(), z.number().int()),
  units: z.number().int(),
  standingCommitteeMembers: z.number().int(),
});
