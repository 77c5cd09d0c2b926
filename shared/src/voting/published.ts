import { z } from 'zod';
import { thresholdSchema } from '../rules/fraction';

/**
 * What is published after a vote or an election round closes: enough for anyone to recount it
 * (`renda recount <file>`) and for a deputy to find their ballot by its receipt code. Secret ballots
 * carry a receipt code and a choice — never a deputy, a time or the order in which they were cast.
 */

const ruleWithSourceSchema = z
  .object({
    ...thresholdSchema.shape,
    source: z.object({ law: z.string(), article: z.string().optional() }).loose(),
  })
  .loose();

export const choiceSchema = z.enum(['yes', 'no', 'abstain']);
export type Choice = z.infer<typeof choiceSchema>;

export const publishedHeaderSchema = z.object({
  jurisdiction: z.object({ id: z.uuid(), name: z.string() }),
  session: z.object({
    id: z.uuid(),
    /** e.g. 云川县第十八届人民代表大会第三次会议 */
    title: z.string(),
    body: z.enum(['congress', 'standing_committee']),
  }),
  agendaItem: z.object({ id: z.uuid(), position: z.number().int(), title: z.string() }),
  openedAt: z.iso.datetime({ offset: true }),
  closedAt: z.iso.datetime({ offset: true }),
  /** Rule-profile version the thresholds were taken from. */
  profileVersion: z.number().int(),
});

export const publishedVoteSchema = z.object({
  kind: z.literal('vote'),
  formatVersion: z.literal(1),
  ...publishedHeaderSchema.shape,
  vote: z.object({
    id: z.uuid(),
    title: z.string(),
    /** The text voted on. */
    text: z.string(),
    mode: z.enum(['secret', 'named']),
    /** A correction is a new vote that names the vote it corrects. */
    correctsVoteId: z.uuid().nullable(),
  }),
  /** Who could vote: deputies (or members) in office, those present. */
  eligible: z.object({
    baseKind: z.enum(['deputies_in_office', 'members_in_office']),
    inOffice: z.number().int().nonnegative(),
    present: z.number().int().nonnegative(),
  }),
  rule: ruleWithSourceSchema,
  counts: z.object({
    yes: z.number().int().nonnegative(),
    no: z.number().int().nonnegative(),
    abstain: z.number().int().nonnegative(),
    /** present deputies who cast nothing */
    notVoting: z.number().int().nonnegative(),
  }),
  result: z.object({ passed: z.boolean(), base: z.number().int(), yesNeeded: z.number().int() }),
  /** Secret vote: receipt + choice, in random order. Named vote: deputy and choice as well. */
  ballots: z.array(
    z.object({
      receipt: z.string(),
      choice: choiceSchema,
      deputy: z.object({ id: z.uuid(), name: z.string() }).optional(),
    }),
  ),
});
export type PublishedVote = z.infer<typeof publishedVoteSchema>;

export const markSchema = z.enum(['yes', 'no', 'abstain']);

export const publishedElectionRoundSchema = z.object({
  kind: z.literal('election_round'),
  formatVersion: z.literal(1),
  ...publishedHeaderSchema.shape,
  election: z.object({ id: z.uuid(), title: z.string() }),
  round: z.object({
    id: z.uuid(),
    number: z.number().int().positive(),
    /** 预选 / 正式选举 / 就票数相等的候选人再次投票 / 另行选举 */
    type: z.enum(['preliminary', 'formal', 'revote', 'supplementary']),
  }),
  eligible: z.object({
    baseKind: z.enum(['deputies_in_office', 'members_in_office']),
    inOffice: z.number().int().nonnegative(),
    present: z.number().int().nonnegative(),
  }),
  rule: ruleWithSourceSchema,
  writeInOnlyAfterNo: z.boolean(),
  ballotsIssued: z.number().int().nonnegative(),
  ballotsReturned: z.number().int().nonnegative(),
  /** One ballot paper per office group: each office with its seats and candidates (ballot order). */
  offices: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      seats: z.number().int().positive(),
      candidates: z.array(z.object({ id: z.uuid(), name: z.string() })),
    }),
  ),
  /** The count as announced, per office. `void` when more ballots came back than were issued. */
  announced: z.array(
    z.object({
      officeId: z.uuid(),
      void: z.boolean(),
      validBallots: z.number().int().nonnegative(),
      invalidBallots: z.number().int().nonnegative(),
      totals: z.array(
        z.object({
          name: z.string(),
          onBallot: z.boolean(),
          yes: z.number().int(),
          no: z.number().int(),
          abstain: z.number().int(),
          qualified: z.boolean(),
        }),
      ),
      elected: z.array(z.string()),
      tied: z.array(z.string()),
      revoteSeats: z.number().int().nonnegative(),
      unfilledSeats: z.number().int().nonnegative(),
    }),
  ),
  /**
   * Every ballot counted, in random order. `marks` is keyed by candidate id; write-ins are names.
   * Paper ballots agreed by two scrutineers are listed like electronic ones (source: paper); ballot
   * boxes counted by tally contribute `boxTallies` instead.
   */
  ballots: z.array(
    z.object({
      receipt: z.string(),
      source: z.enum(['electronic', 'paper']),
      offices: z.array(
        z.object({
          officeId: z.uuid(),
          marks: z.record(z.string(), markSchema),
          writeIns: z.array(z.string()),
        }),
      ),
    }),
  ),
  boxTallies: z.array(
    z.object({
      box: z.string(),
      ballots: z.number().int().nonnegative(),
      offices: z.array(
        z.object({
          officeId: z.uuid(),
          invalid: z.number().int().nonnegative(),
          /** per candidate (candidateId set) or written-in name (candidateId null) */
          totals: z.array(
            z.object({
              candidateId: z.uuid().nullable(),
              name: z.string(),
              yes: z.number().int().nonnegative(),
              no: z.number().int().nonnegative(),
              abstain: z.number().int().nonnegative(),
            }),
          ),
        }),
      ),
    }),
  ),
});
export type PublishedElectionRound = z.infer<typeof publishedElectionRoundSchema>;

export const publishedResultSchema = z.discriminatedUnion('kind', [
  publishedVoteSchema,
  publishedElectionRoundSchema,
]);
export type PublishedResult = z.infer<typeof publishedResultSchema>;
