import { z } from 'zod';
import { thresholdSchema } from './fraction';

export const JURISDICTION_LEVELS = ['province', 'city', 'county', 'township'] as const;
export const jurisdictionLevelSchema = z.enum(JURISDICTION_LEVELS);
export type JurisdictionLevel = z.infer<typeof jurisdictionLevelSchema>;

/** Where a rule comes from: a statute article, a local regulation, or practice. */
export const ruleSourceSchema = z
  .object({
    kind: z.enum(['law', 'local', 'practice']),
    law: z.string().min(1).max(200),
    article: z.string().max(100).optional(),
    note: z.string().max(500).optional(),
  })
  .strict();
export type RuleSource = z.infer<typeof ruleSourceSchema>;

const src = { source: ruleSourceSchema };

/** A threshold rule: an exact fraction of an explicit base, with its legal source. */
export const thresholdRuleSchema = z.object({ ...thresholdSchema.shape, ...src }).strict();
/** "N 人以上" — a head count, at least N. */
export const countRuleSchema = z.object({ min: z.number().int().nonnegative(), ...src }).strict();
export const durationUnitSchema = z.enum(['calendar_days', 'working_days', 'months']);
/** A deadline counted from an event (assignment, receipt, a meeting date). */
export const durationRuleSchema = z
  .object({ amount: z.number().int().positive(), unit: durationUnitSchema, ...src })
  .strict();
/** A range fixed by law, e.g. the standing committee's size (0–0 where the level has none). */
export const sizeRuleSchema = z
  .object({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative(), ...src })
  .strict()
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max' });
export const flagRuleSchema = z.object({ enabled: z.boolean(), ...src }).strict();
/** A candidate margin (差额): extra candidates, as a count range or a fraction range of seats. */
export const marginRuleSchema = z
  .object({
    minExtra: z.number().int().nonnegative().optional(),
    maxExtra: z.number().int().nonnegative().optional(),
    minFraction: z
      .object({ num: z.number().int().nonnegative(), den: z.number().int().positive() })
      .strict()
      .optional(),
    maxFraction: z
      .object({ num: z.number().int().nonnegative(), den: z.number().int().positive() })
      .strict()
      .optional(),
    unopposedIfSingleNominee: z.boolean(),
    ...src,
  })
  .strict();

export const ruleProfileSchema = z
  .object({
    schemaVersion: z.literal(1),
    level: jurisdictionLevelSchema,
    name: z.string().min(1).max(200),
    session: z
      .object({
        quorum: thresholdRuleSchema,
        extraordinaryRequest: thresholdRuleSchema,
        firstSessionWithin: durationRuleSchema,
        resolutionPass: thresholdRuleSchema,
        electionPass: thresholdRuleSchema,
        presidiumDecision: thresholdRuleSchema,
        mayChangeVoteBeforeClose: flagRuleSchema,
        unapprovedAbsencesEndingMandate: countRuleSchema,
      })
      .strict(),
    standingCommittee: z
      .object({
        meetingInterval: durationRuleSchema,
        quorum: thresholdRuleSchema,
        decisionPass: thresholdRuleSchema,
        billCosigners: countRuleSchema,
        inquiryCosigners: countRuleSchema,
        inquirySecondAnswer: thresholdRuleSchema,
        removalProposal: thresholdRuleSchema,
        removalPass: thresholdRuleSchema,
        size: sizeRuleSchema,
      })
      .strict(),
    bills: z
      .object({
        deputyCosigners: countRuleSchema,
        delegationMayPropose: flagRuleSchema,
        committeeReviewAfterSession: durationRuleSchema,
      })
      .strict(),
    inquiries: z.object({ cosigners: countRuleSchema, secondAnswer: thresholdRuleSchema }).strict(),
    elections: z
      .object({
        nominationCosigners: countRuleSchema,
        nominationPeriodDays: countRuleSchema,
        headMargin: marginRuleSchema,
        deputyHeadMargin: marginRuleSchema,
        committeeMemberMargin: marginRuleSchema,
        writeInOnlyAfterNo: flagRuleSchema,
        voidRoundIfBallotsExceedIssued: flagRuleSchema,
        voidBallotIfChoicesExceedSeats: flagRuleSchema,
        tieRevoteAmongTied: flagRuleSchema,
        recallByDeputies: thresholdRuleSchema,
        investigationCommitteeByDeputies: thresholdRuleSchema,
      })
      .strict(),
    suggestions: z
      .object({
        replyWithin: durationRuleSchema,
        hardCaseReplyWithin: durationRuleSchema,
        clockStartsAt: z.object({ value: z.enum(['assignment', 'session_close']), ...src }).strict(),
        assignWithin: durationRuleSchema,
        returnMisassignedWithin: durationRuleSchema,
        coUnitOpinionWithin: durationRuleSchema,
        rehandleWithin: durationRuleSchema,
        maxExtension: durationRuleSchema,
        remindDaysBefore: z.object({ days: z.array(z.number().int().positive()).max(10), ...src }).strict(),
      })
      .strict(),
    supervision: z
      .object({
        reportToCommitteeDaysBefore: countRuleSchema,
        reportToStandingCommitteeDaysBefore: countRuleSchema,
        reportToMembersDaysBefore: countRuleSchema,
        reviewOpinionFollowUpWithin: durationRuleSchema,
        auditRectificationWithin: durationRuleSchema,
        satisfactionSatisfied: thresholdRuleSchema,
        satisfactionBasic: thresholdRuleSchema,
        progressCycle: z
          .object({
            value: z.enum(['monthly', 'quarterly']),
            dayOfMonth: z.number().int().min(1).max(28),
            ...src,
          })
          .strict(),
      })
      .strict(),
    liaison: z
      .object({
        receptionNoticeDays: countRuleSchema,
        opinionReplyWithin: durationRuleSchema,
        complexOpinionReplyWithin: durationRuleSchema,
        deputyGroupMin: countRuleSchema,
      })
      .strict(),
  })
  .strict();

export type RuleProfile = z.infer<typeof ruleProfileSchema>;
