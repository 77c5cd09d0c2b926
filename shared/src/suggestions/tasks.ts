import type { Suggestion, SuggestionReply, SuggestionStatus, SuggestionTask } from './states';

/** Every deputy who signed the suggestion, the lead deputy first. */
export function signersOf(s: Suggestion): string[] {
  return [s.leadDeputyId, ...s.coSignerIds];
}

/** Tasks of the assignment in force (not released). */
export function activeUnitTasks(s: Suggestion): SuggestionTask[] {
  return s.tasks.filter((t) => t.status !== 'released');
}

/** Tasks that reply to the deputies: the lead unit, or each unit handling separately. */
export function replyingUnitTasks(s: Suggestion): SuggestionTask[] {
  return activeUnitTasks(s).filter((t) => t.role !== 'co');
}

/** The unit's task in force, or undefined. */
export function unitTaskOf(s: Suggestion, unitId: string): SuggestionTask | undefined {
  return s.tasks.find((t) => t.unitId === unitId && t.status !== 'released');
}

export function lastReplyOf(t: SuggestionTask): SuggestionReply | undefined {
  return t.replies.at(-1);
}

/** Signers who have not rated the task's current round yet. */
export function unratedSigners(s: Suggestion, t: SuggestionTask): string[] {
  const rated = new Set(t.ratings.filter((r) => r.round === t.round).map((r) => r.deputyId));
  return signersOf(s).filter((id) => !rated.has(id));
}

/** The reply due date in force for a task: the re-handling date in round 2, else the (extended) due date. */
export function currentReplyDueOn(t: SuggestionTask): string {
  return t.round === 2 && t.rehandleDueOn ? t.rehandleDueOn : t.dueOn;
}

/**
 * The suggestion's status between assignment and closing, from its tasks: the least advanced step wins.
 * A unit still to sign for (or asking to return) keeps it `assigned`; a replying unit still working keeps
 * it `handling`; then `rehandling`; otherwise every replying unit has replied (`replied`, awaiting
 * ratings, or rated and awaiting the office's closing).
 */
export function deriveHandlingStatus(s: Suggestion): SuggestionStatus {
  const active = activeUnitTasks(s);
  if (active.some((t) => t.status === 'assigned' || t.status === 'return_requested')) return 'assigned';
  const replying = active.filter((t) => t.role !== 'co');
  if (replying.some((t) => t.status === 'signed_for')) return 'handling';
  if (replying.some((t) => t.status === 'rehandling')) return 'rehandling';
  return 'replied';
}
