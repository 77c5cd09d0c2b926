import { z } from 'zod';
import { optionalText, requiredText, uuid } from '../common/schemas';
import { thresholdRuleSchema } from '../rules/profile-schema';
import { markSchema, publishedElectionRoundSchema } from '../voting/published';
import { OFFICE_TYPES } from './margins';
import { ROUND_STATUSES, ROUND_TYPES } from './progress';

/** Request and response shapes for elections (选举): offices, nominations, rounds, ballots, paper entry. */

export const officeTypeSchema = z.enum(OFFICE_TYPES);
export const roundTypeSchema = z.enum(ROUND_TYPES);
export const roundStatusSchema = z.enum(ROUND_STATUSES);
export const ELECTION_STATUSES = ['nominating', 'candidates_fixed', 'voting', 'closed'] as const;
export const electionStatusSchema = z.enum(ELECTION_STATUSES);
export const NOMINATION_STATUSES = ['collecting', 'valid', 'withdrawn'] as const;
export const nominationStatusSchema = z.enum(NOMINATION_STATUSES);

const count = (max: number) => z.number().int().min(0).max(max);
const personName = requiredText(100);
const MAX_OFFICES = 50;
const MAX_CANDIDATES = 500;

// ------------------------------------------------------------------------------------------ requests

export const electionOfficeInputSchema = z
  .object({
    /** e.g. 县人民政府副县长 */
    name: requiredText(100),
    officeType: officeTypeSchema,
    seats: z.number().int().min(1).max(MAX_CANDIDATES),
    /** Extra candidates fixed by the session's 选举办法, within the profile's margin for the office type. */
    marginExtra: count(MAX_CANDIDATES),
  })
  .strict();

export const electionCreateSchema = z
  .object({
    itemId: uuid,
    /** Default: the agenda item's title. */
    title: requiredText(300).optional(),
    offices: z
      .array(electionOfficeInputSchema)
      .min(1)
      .max(MAX_OFFICES)
      .refine((os) => new Set(os.map((o) => o.name)).size === os.length, {
        message: 'office names must differ',
      }),
  })
  .strict();
export type ElectionCreateInput = z.infer<typeof electionCreateSchema>;

const nominationFields = {
  officeId: uuid,
  /** As printed on the ballot: distinct within an office. */
  candidateName: personName,
  /** When the candidate is a deputy (candidates need not be). */
  candidateDeputyId: uuid.optional(),
  /** 提名人应当如实介绍所提名的候选人的情况 (第二十六条). */
  candidateInfo: optionalText(2000),
};

/** 主席团提名 */
export const presidiumNominationSchema = z.object(nominationFields).strict();
export type PresidiumNominationInput = z.infer<typeof presidiumNominationSchema>;

/** 代表联合提名: the signed-in deputy leads and names the co-signers, who each confirm. */
export const jointNominationSchema = z
  .object({
    ...nominationFields,
    cosignerIds: z
      .array(uuid)
      .min(1)
      .max(2000)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'co-signers must differ' }),
  })
  .strict();
export type JointNominationInput = z.infer<typeof jointNominationSchema>;

export const roundOpenSchema = z
  .object({
    /** Optional: the server knows which round comes next and refuses another type, saying why. */
    type: roundTypeSchema.optional(),
    /** Paper ballots handed out, if already known (can be recorded until closing). */
    ballotsIssued: count(100_000).optional(),
    /**
     * 另行选举 only: candidates per office, as nominations of that office. Default: the first vote's
     * ranking, with the margin applied again.
     */
    offices: z
      .array(
        z
          .object({
            officeId: uuid,
            candidateIds: z.array(uuid).min(1).max(MAX_CANDIDATES),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_OFFICES)
      .optional(),
  })
  .strict();
export type RoundOpenInput = z.infer<typeof roundOpenSchema>;

export const ballotsIssuedSchema = z.object({ ballotsIssued: count(100_000) }).strict();

/** One office's part of a ballot: a mark per candidate (unmarked = abstain) and people written in. */
export const ballotSectionSchema = z
  .object({
    officeId: uuid,
    marks: z
      .record(uuid, markSchema)
      .refine((m) => Object.keys(m).length <= MAX_CANDIDATES, { message: 'too many marks' }),
    writeIns: z.array(personName).max(MAX_CANDIDATES).default([]),
  })
  .strict();
export type BallotSection = z.infer<typeof ballotSectionSchema>;

export const electionCastSchema = z
  .object({ offices: z.array(ballotSectionSchema).min(1).max(MAX_OFFICES) })
  .strict();
export type ElectionCastInput = z.infer<typeof electionCastSchema>;

const boxName = requiredText(100);
const passSchema = z.union([z.literal(1), z.literal(2)]);

/** 计票录入: one paper ballot as read, entered twice by different scrutineers. */
export const paperBallotEntrySchema = z
  .object({
    kind: z.literal('ballot'),
    box: boxName,
    seq: z.number().int().min(1).max(100_000),
    pass: passSchema,
    offices: z.array(ballotSectionSchema).min(1).max(MAX_OFFICES),
  })
  .strict();

export const boxTallyRowSchema = z
  .object({
    /** A candidate on the ballot, or null for a person written in. */
    candidateId: uuid.nullable(),
    name: personName,
    yes: count(100_000),
    no: count(100_000),
    abstain: count(100_000),
  })
  .strict();

/** A ballot box counted by hand as totals, entered twice by different scrutineers. */
export const paperBoxEntrySchema = z
  .object({
    kind: z.literal('box'),
    box: boxName,
    pass: passSchema,
    ballots: count(100_000),
    offices: z
      .array(
        z
          .object({
            officeId: uuid,
            invalid: count(100_000),
            totals: z.array(boxTallyRowSchema).max(MAX_CANDIDATES * 2),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_OFFICES),
  })
  .strict();

export const paperEntrySchema = z.discriminatedUnion('kind', [paperBallotEntrySchema, paperBoxEntrySchema]);
export type PaperEntryInput = z.infer<typeof paperEntrySchema>;

// ----------------------------------------------------------------------------------------- responses

export const ballotPersonSchema = z.object({ id: uuid.nullable(), name: z.string() });

export const electionOfficeSchema = z.object({
  id: uuid,
  name: z.string(),
  officeType: officeTypeSchema,
  seats: z.number().int(),
  marginExtra: z.number().int(),
  position: z.number().int(),
  /** The profile's margin for this office type and seat count. */
  marginRange: z.object({ min: z.number().int(), max: z.number().int().nullable() }),
  /** Valid nominations. */
  nominees: z.number().int(),
  /** seats + margin: how many candidates the ballot carries. */
  places: z.number().int(),
  preliminaryRequired: z.boolean(),
  /** The formal candidates, once fixed. */
  candidates: z.array(ballotPersonSchema).nullable(),
  elected: z.array(ballotPersonSchema),
  revote: z.object({ seats: z.number().int(), candidates: z.array(ballotPersonSchema) }).nullable(),
  /** Seats left for a supplementary election (另行选举). */
  unfilled: z.number().int(),
});

export const electionSchema = z.object({
  id: uuid,
  sessionId: uuid,
  itemId: uuid,
  title: z.string(),
  status: electionStatusSchema,
  version: z.number().int(),
  createdAt: z.string(),
  offices: z.array(electionOfficeSchema),
  /** What the manager opens next; null when nothing is left to vote on. */
  nextRound: z.object({ type: roundTypeSchema, officeIds: z.array(uuid) }).nullable(),
});
export type Election = z.infer<typeof electionSchema>;

export const nominationSchema = z.object({
  id: uuid,
  electionId: uuid,
  officeId: uuid,
  candidateName: z.string(),
  candidateDeputyId: uuid.nullable(),
  candidateInfo: z.string().nullable(),
  nominatedBy: z.enum(['presidium', 'deputies']),
  leadDeputyId: uuid.nullable(),
  status: nominationStatusSchema,
  createdAt: z.string(),
  /** Joint nominations: every deputy named, the lead first; confirmedAt null until they confirm. */
  signers: z.array(z.object({ deputyId: uuid, name: z.string(), confirmedAt: z.string().nullable() })),
  confirmedSigners: z.number().int(),
  /** The profile's 联名 minimum (lead included); null for the presidium. */
  signersNeeded: z.number().int().nullable(),
});
export type Nomination = z.infer<typeof nominationSchema>;

const announcedSchema = publishedElectionRoundSchema.shape.announced;

export const electionRoundSchema = z.object({
  id: uuid,
  electionId: uuid,
  number: z.number().int(),
  type: roundTypeSchema,
  status: roundStatusSchema,
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  profileVersion: z.number().int(),
  baseKind: z.enum(['deputies_in_office', 'members_in_office']),
  rule: thresholdRuleSchema,
  inOffice: z.number().int().nullable(),
  present: z.number().int().nullable(),
  /** Paper ballots handed out (electronic ballots count as issued and returned). */
  ballotsIssued: z.number().int().nullable(),
  offices: publishedElectionRoundSchema.shape.offices,
  electronicBallots: z.number().int(),
  paper: z.object({
    entries: z.number().int(),
    agreed: z.number().int(),
    unmatched: z.number().int(),
  }),
  result: z
    .object({
      ballotsIssued: z.number().int(),
      ballotsReturned: z.number().int(),
      announced: announcedSchema,
    })
    .nullable(),
});
export type ElectionRound = z.infer<typeof electionRoundSchema>;

export const electionCastResultSchema = z.object({ roundId: uuid, receipt: z.string() });

/** For the deputy's own screen: is an election round open, am I present, have I voted. */
export const myElectionStateSchema = z.object({
  round: electionRoundSchema.nullable(),
  present: z.boolean(),
  voted: z.boolean(),
});

export const paperEntryResultSchema = z.object({
  roundId: uuid,
  kind: z.enum(['ballot', 'box']),
  box: z.string(),
  seq: z.number().int(),
  pass: z.number().int(),
  /** Both passes entered and equal: this ballot or box counts. */
  agreed: z.boolean(),
});

/** The counting desk's progress: what is entered, never what a ballot says. */
export const paperEntryStatusSchema = z.object({
  kind: z.enum(['ballot', 'box']),
  box: z.string(),
  seq: z.number().int(),
  firstBy: uuid,
  secondBy: uuid.nullable(),
  agreed: z.boolean(),
});
