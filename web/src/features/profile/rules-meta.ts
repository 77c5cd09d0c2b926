import type { RuleProfile, RuleSource } from '@renda/shared';

/** The sections in the order they are shown. */
export const SECTIONS = [
  'session',
  'standingCommittee',
  'bills',
  'inquiries',
  'elections',
  'suggestions',
  'supervision',
  'liaison',
] as const satisfies readonly (keyof RuleProfile)[];
export type SectionKey = (typeof SECTIONS)[number];

/** One rule, read generically: its fields plus the legal source every rule carries. */
export type Leaf = Record<string, unknown> & { source: RuleSource };

export type LeafKind =
  | 'threshold'
  | 'count'
  | 'size'
  | 'duration'
  | 'flag'
  | 'margin'
  | 'choice'
  | 'remind'
  | 'unknown';

const has = (o: Record<string, unknown>, k: string) => k in o && o[k] !== undefined;

export function leafKind(leaf: Leaf): LeafKind {
  if (has(leaf, 'num') && has(leaf, 'den') && has(leaf, 'of')) return 'threshold';
  if (has(leaf, 'unopposedIfSingleNominee')) return 'margin';
  if (has(leaf, 'amount') && has(leaf, 'unit')) return 'duration';
  if (has(leaf, 'min') && has(leaf, 'max')) return 'size';
  if (has(leaf, 'min')) return 'count';
  if (has(leaf, 'enabled')) return 'flag';
  if (Array.isArray(leaf.days)) return 'remind';
  if (has(leaf, 'value')) return 'choice';
  return 'unknown';
}

/** The rules of a section, in the profile's own order. */
export function rulesOf(profile: RuleProfile, section: SectionKey): [string, Leaf][] {
  return Object.entries(profile[section] as unknown as Record<string, Leaf>);
}

/** The options a `value` rule may take. */
export const CHOICES: Record<string, string[]> = {
  clockStartsAt: ['assignment', 'session_close'],
  progressCycle: ['monthly', 'quarterly'],
};

export const DURATION_UNITS = ['calendar_days', 'working_days', 'months'] as const;

/** A copy of the profile with one field of one rule replaced (`field` may be `minFraction.num`). */
export function withField(
  profile: RuleProfile,
  section: SectionKey,
  rule: string,
  field: string,
  value: unknown,
): RuleProfile {
  const next = structuredClone(profile);
  const sec = next[section] as unknown as Record<string, Record<string, unknown>>;
  const leaf = sec[rule];
  if (!leaf) return profile;
  const [head, sub] = field.split('.');
  if (!head) return profile;
  if (sub) leaf[head] = { ...(leaf[head] as Record<string, unknown>), [sub]: value };
  else leaf[head] = value;
  return next;
}
