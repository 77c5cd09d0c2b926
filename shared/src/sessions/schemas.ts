import { z } from 'zod';
import { isoDate, optionalText, requiredText, uuid } from '../common/schemas';
import { thresholdRuleSchema } from '../rules/profile-schema';
import { choiceSchema } from '../voting/published';

/** Request and response shapes for sessions, agenda, attendance and votes (会议、议程、签到、表决). */

export const BODIES = ['congress', 'standing_committee'] as const;
export const bodySchema = z.enum(BODIES);
export type Body = z.infer<typeof bodySchema>;

export const SESSION_KINDS = ['regular', 'extraordinary'] as const;
export const SESSION_STATUSES = ['planned', 'preparatory', 'in_progress', 'closed'] as const;
export const sessionStatusSchema = z.enum(SESSION_STATUSES);

export const sessionInputSchema = z
  .object({
    body: bodySchema,
    termId: uuid,
    number: z.number().int().min(1).max(99),
    kind: z.enum(SESSION_KINDS),
    /** Optional: defaults to 第N届人民代表大会第M次会议 / 常务委员会第M次会议. */
    title: optionalText(200),
    startDate: isoDate,
    endDate: isoDate,
    venue: optionalText(200),
  })
  .strict();
export type SessionInput = z.infer<typeof sessionInputSchema>;

export const sessionPatchSchema = z
  .object({
    title: requiredText(200).optional(),
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
    venue: optionalText(200),
    status: sessionStatusSchema.optional(),
    version: z.number().int(),
  })
  .strict();

export const officerSchema = z.object({
  deputyId: uuid,
  name: z.string(),
  role: z.enum(['presidium', 'secretary_general']),
  electedByVoteId: uuid.nullable(),
});

export const sessionSchema = z.object({
  id: uuid,
  body: bodySchema,
  termId: uuid,
  termNumber: z.number().int(),
  number: z.number().int(),
  kind: z.enum(SESSION_KINDS),
  title: z.string(),
  startDate: isoDate,
  endDate: isoDate,
  venue: z.string().nullable(),
  status: sessionStatusSchema,
  version: z.number().int(),
  officers: z.array(officerSchema),
});
export type Session = z.infer<typeof sessionSchema>;

export const AGENDA_KINDS = ['review', 'vote', 'election', 'appointment', 'other'] as const;
export const agendaKindSchema = z.enum(AGENDA_KINDS);
export const MEETINGS = ['preparatory', 'plenary'] as const;

/** What passing a vote does beyond recording it. */
export const agendaEffectSchema = z.discriminatedUnion('type', [
  z
    .object({
      /** 预备会议选举主席团和秘书长 (地方组织法 第十七条) */
      type: z.literal('elect_presidium'),
      presidium: z.array(uuid).min(1).max(200),
      secretaryGeneral: uuid,
    })
    .strict(),
]);
export type AgendaEffect = z.infer<typeof agendaEffectSchema>;

export const agendaItemInputSchema = z
  .object({
    kind: agendaKindSchema,
    meeting: z.enum(MEETINGS).default('plenary'),
    title: requiredText(300),
    description: optionalText(5000),
    effect: agendaEffectSchema.nullable().optional(),
    /** Where to put it; default last. */
    position: z.number().int().min(1).max(500).optional(),
  })
  .strict();
export type AgendaItemInput = z.infer<typeof agendaItemInputSchema>;

export const agendaItemPatchSchema = z
  .object({
    title: requiredText(300).optional(),
    description: optionalText(5000),
    position: z.number().int().min(1).max(500).optional(),
    version: z.number().int(),
  })
  .strict();

export const agendaDocumentSchema = z.object({
  id: uuid,
  itemId: uuid,
  title: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});

export const agendaDocumentInputSchema = z
  .object({
    title: requiredText(200),
    fileName: requiredText(200),
    mediaType: z.enum([
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'text/plain',
      'image/png',
      'image/jpeg',
    ]),
    /** base64 of the file, at most 700 kB decoded (the JSON body limit is 1 MB). */
    contentBase64: z
      .string()
      .max(960_000)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64'),
  })
  .strict();

export const agendaItemSchema = z.object({
  id: uuid,
  sessionId: uuid,
  position: z.number().int(),
  kind: agendaKindSchema,
  meeting: z.enum(MEETINGS),
  title: z.string(),
  description: z.string().nullable(),
  effect: agendaEffectSchema.nullable(),
  version: z.number().int(),
  documents: z.array(agendaDocumentSchema),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

// 签到与请假 attendance and leave

export const ATTENDANCE_STATUSES = ['present', 'on_leave', 'absent'] as const;
export const attendanceStatusSchema = z.enum(ATTENDANCE_STATUSES);
export const ATTENDANCE_METHODS = ['self', 'card', 'staff'] as const;

export const staffCheckInSchema = z
  .object({
    /** By hand (deputyId) or by scanning the QR code on the deputy's card (cardCode). */
    deputyId: uuid.optional(),
    cardCode: requiredText(64).optional(),
    status: attendanceStatusSchema.default('present'),
  })
  .strict()
  .refine((b) => (b.deputyId ? 1 : 0) + (b.cardCode ? 1 : 0) === 1, {
    message: 'give either deputyId or cardCode',
  });

export const attendanceRowSchema = z.object({
  deputyId: uuid,
  name: z.string(),
  delegation: z.string().nullable(),
  status: attendanceStatusSchema,
  method: z.enum(ATTENDANCE_METHODS).nullable(),
  recordedAt: z.string().nullable(),
});

export type AttendanceRow = z.infer<typeof attendanceRowSchema>;

export const quorumSchema = z.object({
  /** deputies in office (congress) or committee members in office */
  inOffice: z.number().int(),
  present: z.number().int(),
  onLeave: z.number().int(),
  absent: z.number().int(),
  needed: z.number().int(),
  met: z.boolean(),
  rule: thresholdRuleSchema,
});
export type Quorum = z.infer<typeof quorumSchema>;

export const leaveInputSchema = z.object({ reason: requiredText(500) }).strict();
export const leaveDecisionSchema = z.object({ approve: z.boolean() }).strict();
export const leaveRequestSchema = z.object({
  id: uuid,
  sessionId: uuid,
  deputyId: uuid,
  name: z.string(),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'refused']),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});

export type LeaveRequest = z.infer<typeof leaveRequestSchema>;

// 表决 votes

export const voteOpenSchema = z
  .object({
    itemId: uuid,
    title: requiredText(300).optional(),
    /** The text voted on. */
    text: requiredText(20_000),
    mode: z.enum(['secret', 'named']).default('secret'),
    /** A correction names the published vote it corrects (audited; the old result stays). */
    correctsVoteId: uuid.optional(),
  })
  .strict();

export const castSchema = z
  .object({
    choice: choiceSchema,
    /** To change a secret choice before closing (where the profile allows), present your receipt. */
    receipt: z
      .string()
      .regex(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)
      .optional(),
  })
  .strict();

export const castResultSchema = z.object({
  voteId: uuid,
  choice: choiceSchema,
  receipt: z.string(),
  changed: z.boolean(),
});

export const voteSchema = z.object({
  id: uuid,
  sessionId: uuid,
  itemId: uuid,
  title: z.string(),
  text: z.string(),
  mode: z.enum(['secret', 'named']),
  allowChange: z.boolean(),
  status: z.enum(['open', 'closed']),
  correctsVoteId: uuid.nullable(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  baseKind: z.enum(['deputies_in_office', 'members_in_office']),
  rule: thresholdRuleSchema,
  ballotsReceived: z.number().int(),
  result: z
    .object({
      inOffice: z.number().int(),
      present: z.number().int(),
      yes: z.number().int(),
      no: z.number().int(),
      abstain: z.number().int(),
      notVoting: z.number().int(),
      passed: z.boolean(),
      yesNeeded: z.number().int(),
    })
    .nullable(),
});
export type Vote = z.infer<typeof voteSchema>;

/** For the deputy's own screen: may I vote, have I voted. */
export const myVoteStateSchema = z.object({
  vote: voteSchema.nullable(),
  present: z.boolean(),
  voted: z.boolean(),
});

/**
 * The live state of a session as the presiding console and the big screen see it (and as every
 * server-sent event carries it): counts only, never a partial choice during a secret vote.
 */
export const liveStateSchema = z.object({
  sessionId: uuid,
  title: z.string(),
  body: bodySchema,
  quorum: quorumSchema,
  current: z
    .object({
      kind: z.enum(['vote', 'election']),
      id: uuid,
      itemTitle: z.string(),
      title: z.string(),
      status: z.string(),
      /** ballots received so far (votes) or electronic ballots returned (elections) */
      ballotsReceived: z.number().int(),
      openedAt: z.string(),
    })
    .nullable(),
  /** The latest closed vote or election round, with its outcome. */
  lastResult: z
    .object({
      kind: z.enum(['vote', 'election']),
      id: uuid,
      title: z.string(),
      closedAt: z.string(),
      passed: z.boolean().nullable(),
      counts: z
        .object({ yes: z.number(), no: z.number(), abstain: z.number(), notVoting: z.number() })
        .nullable(),
      base: z.number().int(),
      yesNeeded: z.number().int(),
      /** Elections: who was elected per office. */
      elected: z.array(z.object({ office: z.string(), names: z.array(z.string()) })).nullable(),
    })
    .nullable(),
  at: z.string(),
});
export type LiveState = z.infer<typeof liveStateSchema>;
