export { type AllowedEventsOptions, allowedEvents, whyNotAllowed } from './availability';
export type { SuggestionTransitionContext } from './context';
export * from './deadlines';
export * from './events';
export * from './overdue';
export { SUGGESTION_REFUSAL_REASONS, type SuggestionRefusalReason } from './refusals';
export * from './result-classes';
export * from './states';
export * from './statistics';
export {
  activeUnitTasks,
  currentReplyDueOn,
  deriveHandlingStatus,
  replyingUnitTasks,
  signersOf,
  unitTaskOf,
  unratedSigners,
} from './tasks';
export * from './transition';
