import { type Action, AppError, roleMay } from '@renda/shared';
import type { Actor } from './actor';

/** Anything that belongs to a jurisdiction (every domain row does). */
export interface Subject {
  jurisdictionId: string;
}

/**
 * The one policy question: may this actor do this action to this subject? The role table lives in
 * shared/ (PERMISSIONS); here we add the rule that nobody acts across jurisdictions.
 */
export function can(actor: Actor | null, action: Action, subject?: Subject): boolean {
  if (!actor) return false;
  if (!roleMay(actor.role, action)) return false;
  if (subject && subject.jurisdictionId !== actor.jurisdictionId) return false;
  return true;
}

export function authorize(actor: Actor | null, action: Action, subject?: Subject): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (!can(actor, action, subject))
    throw new AppError(subject && roleMay(actor.role, action) ? 'NOT_FOUND' : 'FORBIDDEN');
}
