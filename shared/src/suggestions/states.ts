import type { IsoDate } from '../calendar/iso-date';

/**
 * A deputy's suggestion, criticism or opinion (代表建议、批评和意见) and where it stands. 代表法 第五十一条 fixes
 * the core (the standing committee's office assigns it, the organs concerned consult the deputy and reply
 * within 3 months of assignment, 6 for hard items, and the handling is reported and published); the
 * rest follows the Shanghai regulation (上海规定, congress-rules.md §5.1) and the practice of §5.3–5.4.
 *
 * The suggestion as a whole has a status; after assignment each unit has a task with its own status,
 * and the suggestion's status is worked out from them (`deriveHandlingStatus`).
 */
export const SUGGESTION_STATUSES = [
  'draft', // 草稿
  'submitted', // 已提交，待审查
  'returned_for_revision', // 退回修改 (上海规定 第八条: 告知代表后退回)
  'not_accepted', // 不予立案: 作代表来信处理, 转有关机关参考, 或退回代表
  'withdrawn', // 已撤回 (上海规定 第十条)
  'to_assign', // 已立案，待交办
  'assigned', // 已交办: a unit has still to sign for it (签收) or has asked to return it (申请退回)
  'handling', // 办理中
  'replied', // 已答复: awaiting the deputies' ratings (评价) or the office's closing
  'rehandling', // 重新办理 (上海规定 第二十一条)
  'closed', // 办结
  'follow_up', // 跟踪落实: B/C items carried into the next year (上海规定 第二十二条)
] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** Nothing happens to a suggestion in these statuses any more. */
export const SUGGESTION_FINAL_STATUSES: readonly SuggestionStatus[] = ['not_accepted', 'withdrawn'];

/**
 * Who acts on a suggestion: the deputy (领衔代表 or a co-signer, 附议/联名代表), the office (the standing
 * committee's 办事机构/工作机构 or 代表工作机构 that reviews and assigns), a handling unit (承办单位: the lead
 * unit, 主办, or one of several units handling separately, 分别办理) and a co-unit (会办/协办单位).
 */
export const SUGGESTION_ROLES = ['deputy', 'office', 'unit', 'co_unit'] as const;
export type SuggestionRole = (typeof SUGGESTION_ROLES)[number];

export type SuggestionActor =
  | { role: 'deputy'; deputyId: string }
  | { role: 'office' }
  | { role: 'unit'; unitId: string }
  | { role: 'co_unit'; unitId: string };

/** 上海规定 第八条: a suggestion not accepted "可以退回代表或者作代表来信处理"; or referred to an organ for reference. */
export const NOT_ACCEPTED_DISPOSITIONS = ['deputy_letter', 'referred', 'returned_to_deputy'] as const;
export type NotAcceptedDisposition = (typeof NOT_ACCEPTED_DISPOSITIONS)[number];

/**
 * 上海规定 第十三条: with two or more units, a lead unit (主办) and co-units (会办); or several units each
 * handling its own part (分别办理), each replying separately (§5.2, Fujian).
 */
export const ASSIGNMENT_MODES = ['lead', 'separate'] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];

export const SUGGESTION_TASK_ROLES = [
  'lead', // 主办单位: consults the deputy and replies
  'co', // 会办单位: gives its opinion to the lead unit (上海规定 第十七条)
  'separate', // 分别办理: handles and replies on its own part
] as const;
export type SuggestionTaskRole = (typeof SUGGESTION_TASK_ROLES)[number];

export const SUGGESTION_TASK_STATUSES = [
  'assigned', // 已交办，待签收
  'return_requested', // 申请退回 (上海规定 第十四条), awaiting the office
  'signed_for', // 已签收，办理中
  'opinion_given', // co-unit: 会办意见已送主办单位
  'replied', // 已答复, awaiting ratings
  'rehandling', // 重新办理 after a 不满意 rating
  'rated', // every signer has rated the last reply
  'released', // no longer on the suggestion: returned as misassigned, or the assignment was redone
] as const;
export type SuggestionTaskStatus = (typeof SUGGESTION_TASK_STATUSES)[number];

/** How the unit got in touch with the deputy (代表法 第五十一条: 与代表联系沟通，充分听取意见). */
export const DEPUTY_CONTACT_METHODS = ['face_to_face', 'site_visit', 'phone', 'online', 'written'] as const;
export type DeputyContactMethod = (typeof DEPUTY_CONTACT_METHODS)[number];

/** The deputy's rating of handling attitude and result (上海规定 第二十一条; §5.4: 满意/基本满意/不满意). */
export const SATISFACTION_LEVELS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTION_LEVELS)[number];

/** 1: the first reply; 2: the reply after re-handling (NPC 议事规则 第三十二条: 再作研究办理). */
export type HandlingRound = 1 | 2;

export interface DeputyContact {
  on: IsoDate;
  round: HandlingRound;
  deputyIds: string[];
  method: DeputyContactMethod;
  note: string | null;
}

export interface SuggestionExtension {
  requestedOn: IsoDate;
  until: IsoDate;
  reason: string;
  /** 'lapsed': the unit replied before the office decided. */
  decision: { on: IsoDate; outcome: 'approved' | 'refused' | 'lapsed' } | null;
}

export interface SuggestionReturnRequest {
  on: IsoDate;
  reason: string;
  decision: { on: IsoDate; approved: boolean; note: string | null } | null;
}

export interface SuggestionReply {
  round: HandlingRound;
  on: IsoDate;
  /** A code of the result-class scheme (A/B/C/D by default). */
  resultClass: string;
  /** Whether that class calls for follow-up (B and C by default), fixed when the reply is made. */
  followUp: boolean;
  text: string;
  /** The signed and sealed letter (负责人签发、加盖公章, 上海规定 第二十条): its number or file reference. */
  letterRef: string;
  signedBy: string;
  /** The due date the reply answered to, to tell late replies later. */
  dueOn: IsoDate;
}

export interface SuggestionRating {
  deputyId: string;
  round: HandlingRound;
  on: IsoDate;
  attitude: Satisfaction; // 办理态度
  result: Satisfaction; // 办理结果
  /** Required when either rating is 不满意: 上海规定 第二十一条 "应当提出具体理由". */
  reason: string | null;
  /** The office enters paper feedback forms for deputies who do not rate online. */
  enteredBy: 'deputy' | 'office';
}

export interface SuggestionTask {
  unitId: string;
  role: SuggestionTaskRole;
  /** 分别办理: the part this unit must handle (上海规定 第十三条). */
  scope: string | null;
  assignedOn: IsoDate;
  status: SuggestionTaskStatus;
  /** Last day to ask for a return as misassigned (上海规定 第十四条: 七个工作日内). */
  returnWindowEndsOn: IsoDate;
  /** The reply due date (lead, separate; moved by approved extensions) or the opinion due date (co). */
  dueOn: IsoDate;
  /** The latest due date any extension may reach (lead, separate); null for co-units. */
  limitOn: IsoDate | null;
  round: HandlingRound;
  /** Re-handling: from the 不满意 rating, due a month later by default (上海规定 第二十一条). */
  rehandlingFrom: IsoDate | null;
  rehandleDueOn: IsoDate | null;
  signedForOn: IsoDate | null;
  returnRequest: SuggestionReturnRequest | null;
  contacts: DeputyContact[];
  extensions: SuggestionExtension[];
  opinion: { on: IsoDate; text: string } | null;
  replies: SuggestionReply[];
  ratings: SuggestionRating[];
  releasedOn: IsoDate | null;
  releaseReason: 'misassigned' | 'reassignment' | null;
  /** The date of this task's latest step; its next step may not be dated earlier. */
  updatedOn: IsoDate;
}

export interface SuggestionReview {
  on: IsoDate;
  outcome: 'accepted' | 'returned_for_revision' | 'not_accepted';
  reason: string | null;
  disposition: NotAcceptedDisposition | null;
}

export interface SuggestionAssignment {
  on: IsoDate;
  mode: AssignmentMode;
  /** 涉及面广、处理难度大: six months instead of three (代表法 第五十一条第二款). */
  hardCase: boolean;
  /** When the profile counts from the session's close (§5.2, Chongqing's older rules). */
  sessionClosedOn: IsoDate | null;
  /** The date the reply period counts from. */
  clockStartsOn: IsoDate;
}

export interface SuggestionFollowUp {
  startedOn: IsoDate;
  /** The year the item is followed up in; 转下年度 moves it on (上海规定 第二十二条). */
  year: number;
  updates: Array<{ on: IsoDate; unitId: string; year: number; text: string }>;
  carryOvers: Array<{ on: IsoDate; toYear: number }>;
  completedOn: IsoDate | null;
  note: string | null;
}

export interface Suggestion {
  status: SuggestionStatus;
  /** 领衔代表: submits the suggestion and makes sure the co-signers know its content (上海规定 第五条). */
  leadDeputyId: string;
  coSignerIds: string[];
  /** 涉密: never published (§5.4: 公开(除涉密)). */
  confidential: boolean;
  createdOn: IsoDate;
  submittedOn: IsoDate | null;
  /** The date of the latest step; the next suggestion-level step may not be dated earlier. */
  updatedOn: IsoDate;
  reviews: SuggestionReview[];
  /** Signers who asked to withdraw it; a joint suggestion goes only when all have (上海规定 第十条). */
  withdrawalConsents: string[];
  withdrawnOn: IsoDate | null;
  /** The assignment in force; null before it and after a return sends the item back to `to_assign`. */
  assignment: SuggestionAssignment | null;
  /** Every unit task, released ones included, oldest first. */
  tasks: SuggestionTask[];
  closedOn: IsoDate | null;
  followUp: SuggestionFollowUp | null;
  /**
   * Publication is kept apart from the status: the handling report must be published (代表法 第五十一条
   * 第三款), B/C items included while their follow-up goes on for years.
   */
  publishedOn: IsoDate | null;
}

export interface NewSuggestionInput {
  leadDeputyId: string;
  coSignerIds?: readonly string[];
  confidential?: boolean;
  createdOn: IsoDate;
}

/** A new draft (草稿). Co-signers are listed without the lead deputy and without repeats. */
export function newSuggestion(input: NewSuggestionInput): Suggestion {
  const coSignerIds = [...new Set(input.coSignerIds ?? [])].filter((id) => id !== input.leadDeputyId);
  return {
    status: 'draft',
    leadDeputyId: input.leadDeputyId,
    coSignerIds,
    confidential: input.confidential ?? false,
    createdOn: input.createdOn,
    submittedOn: null,
    updatedOn: input.createdOn,
    reviews: [],
    withdrawalConsents: [],
    withdrawnOn: null,
    assignment: null,
    tasks: [],
    closedOn: null,
    followUp: null,
    publishedOn: null,
  };
}
