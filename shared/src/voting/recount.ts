import { meetsThreshold } from '../rules/fraction';
import type { ElectionBallot } from './ballot-validity';
import { roundIsVoid } from './ballot-validity';
import {
  countElection,
  type ElectionCount,
  type ElectionCountInput,
  type PersonTotal,
} from './election-count';
import type { PublishedElectionRound, PublishedResult, PublishedVote } from './published';
import { voteOutcome } from './vote-outcome';

/**
 * Anyone can recount a published vote or election round from its ballots and compare the result with
 * what was announced. Paths name the announced value that disagrees: document fields as they are
 * (`counts.yes`, `ballots[3].receipt`); in an election's announced count, offices and persons by name
 * (`announced[副县长].totals[王建国].yes`), as a reader of the announcement would look them up.
 */
export interface RecountDifference {
  path: string;
  announced: unknown;
  recounted: unknown;
}

export type VoteRecount = Pick<PublishedVote, 'counts' | 'result'>;
export type OfficeRecount = PublishedElectionRound['announced'][number];
export interface ElectionRoundRecount {
  /** The election rule's denominator, e.g. all deputies in office. */
  base: number;
  /** Ballots listed one by one plus those counted by box tally: should equal ballotsReturned. */
  ballotsListed: number;
  announced: OfficeRecount[];
}

export interface VoteRecountReport {
  kind: 'vote';
  matches: boolean;
  differences: RecountDifference[];
  recounted: VoteRecount;
}
export interface ElectionRoundRecountReport {
  kind: 'election_round';
  matches: boolean;
  differences: RecountDifference[];
  recounted: ElectionRoundRecount;
}
export type RecountReport = VoteRecountReport | ElectionRoundRecountReport;

/** A ballot box counted by tally rather than ballot by ballot: its totals are added as they are. */
export interface PrecomputedTally {
  ballots: number;
  invalid: number;
  /** `person` as in ElectionCountInput: a candidate string, or a written-in name. */
  totals: Array<{ person: string; yes: number; no: number; abstain: number }>;
}

const sum = <T>(items: readonly T[], f: (item: T) => number): number =>
  items.reduce((n, item) => n + f(item), 0);

function differ(out: RecountDifference[], path: string, announced: unknown, recounted: unknown): void {
  if (JSON.stringify(announced) !== JSON.stringify(recounted)) out.push({ path, announced, recounted });
}

/** The threshold's denominator: those in office (地方组织法 第二十五条: 全体代表), or those present where a rule says so. */
export function thresholdBase(doc: PublishedResult): number {
  const present = doc.rule.of === 'deputies_present' || doc.rule.of === 'members_present';
  return present ? doc.eligible.present : doc.eligible.inOffice;
}

function uniqueReceipts(ballots: ReadonlyArray<{ receipt: string }>, out: RecountDifference[]): void {
  const seen = new Map<string, number>();
  ballots.forEach((b, i) => {
    const first = seen.get(b.receipt);
    if (first === undefined) seen.set(b.receipt, i);
    else
      out.push({
        path: `ballots[${i}].receipt`,
        announced: b.receipt,
        recounted: `duplicate of ballots[${first}]`,
      });
  });
}

// ---------------------------------------------------------------------------------------------- votes

/** A named vote names every voter once; a secret vote's published ballots name nobody (see published.ts). */
function voterDifferences(doc: PublishedVote, out: RecountDifference[]): void {
  const seen = new Set<string>();
  doc.ballots.forEach((b, i) => {
    if (doc.vote.mode === 'secret' && b.deputy)
      out.push({ path: `ballots[${i}].deputy`, announced: b.deputy, recounted: 'none in a secret vote' });
    if (doc.vote.mode === 'named' && !b.deputy)
      out.push({ path: `ballots[${i}].deputy`, announced: null, recounted: 'a deputy in a named vote' });
    if (b.deputy && seen.has(b.deputy.id))
      out.push({
        path: `ballots[${i}].deputy.id`,
        announced: b.deputy.id,
        recounted: 'one ballot per deputy',
      });
    if (b.deputy) seen.add(b.deputy.id);
  });
}

function tallyVote(doc: PublishedVote, out: RecountDifference[]): VoteRecount['counts'] {
  const count = (c: 'yes' | 'no' | 'abstain') => doc.ballots.filter((b) => b.choice === c).length;
  const cast = doc.ballots.length;
  if (cast > doc.eligible.present)
    out.push({ path: 'eligible.present', announced: doc.eligible.present, recounted: cast });
  const notVoting = Math.max(0, doc.eligible.present - cast);
  return { yes: count('yes'), no: count('no'), abstain: count('abstain'), notVoting };
}

function recountVote(doc: PublishedVote): VoteRecountReport {
  const differences: RecountDifference[] = [];
  uniqueReceipts(doc.ballots, differences);
  voterDifferences(doc, differences);
  const counts = tallyVote(doc, differences);
  const base = thresholdBase(doc);
  const voters = counts.yes + counts.no + counts.abstain + counts.notVoting;
  // voteOutcome refuses more voters than its base; such a document is already wrong, and the outcome
  // is still worked out from the yes votes alone (the rule looks at nothing else).
  const fits = voters <= base;
  if (!fits)
    differences.push({
      path: 'eligible',
      announced: doc.eligible,
      recounted: `${voters} voters, base ${base}`,
    });
  const outcome = voteOutcome(fits ? counts : { yes: 0, no: 0, abstain: 0, notVoting: 0 }, base, doc.rule);
  const passed = fits ? outcome.passed : meetsThreshold(counts.yes, base, doc.rule);
  const result = { passed, base, yesNeeded: outcome.yesNeeded };
  for (const k of ['yes', 'no', 'abstain', 'notVoting'] as const)
    differ(differences, `counts.${k}`, doc.counts[k], counts[k]);
  for (const k of ['passed', 'base', 'yesNeeded'] as const)
    differ(differences, `result.${k}`, doc.result[k], result[k]);
  return { kind: 'vote', matches: differences.length === 0, differences, recounted: { counts, result } };
}

// ---------------------------------------------------------------------------------- election count

/**
 * Who is elected depends on the yes totals alone (地方组织法 第二十九条): so one single-mark ballot per
 * yes vote, counted by countElection, decides exactly as the real ballots would, and the election
 * rules stay in one place.
 */
function decideByYes(input: ElectionCountInput, totals: PersonTotal[]): ElectionCount {
  const ballots: ElectionBallot[] = [];
  for (const t of totals) {
    const ballot: ElectionBallot = t.onBallot
      ? { marks: { [t.person]: 'yes' }, writeIns: [] }
      : { marks: {}, writeIns: [t.person] };
    for (let i = 0; i < t.yes; i++) ballots.push(ballot);
  }
  return countElection({ ...input, ballots, ballotsIssued: ballots.length, writeInOnlyAfterNo: false });
}

function mergeTallies(
  listed: PersonTotal[],
  tallies: PrecomputedTally[],
  candidates: string[],
): PersonTotal[] {
  const merged = new Map(listed.map((t) => [t.person, { ...t }]));
  for (const row of tallies.flatMap((t) => t.totals)) {
    let t = merged.get(row.person);
    if (!t) {
      t = {
        person: row.person,
        onBallot: candidates.includes(row.person),
        yes: 0,
        no: 0,
        abstain: 0,
        qualified: false,
      };
      merged.set(row.person, t);
    }
    t.yes += row.yes;
    t.no += row.no;
    t.abstain += row.abstain;
  }
  return [...merged.values()];
}

/**
 * countElection for a round where some boxes were counted by tally: the listed ballots are counted one
 * by one, the tallies' totals added as they are, and the round is void when both together exceed the
 * ballots issued (选举法 第四十四条).
 */
export function countElectionWithTallies(
  input: ElectionCountInput,
  tallies: PrecomputedTally[],
): ElectionCount {
  const returned = input.ballots.length + sum(tallies, (t) => t.ballots);
  if (roundIsVoid(input.ballotsIssued, returned))
    return { void: true, reason: 'more_ballots_returned_than_issued', issued: input.ballotsIssued, returned };
  const listed = countElection({ ...input, ballotsIssued: input.ballots.length });
  if (listed.void) return listed;
  const totals = mergeTallies(listed.totals, tallies, input.candidates);
  const decided = decideByYes(input, totals);
  if (decided.void) return decided;
  const byPerson = new Map(totals.map((t) => [t.person, t]));
  return {
    ...decided,
    validBallots: listed.validBallots + sum(tallies, (t) => t.ballots - t.invalid),
    invalidBallots: listed.invalidBallots + sum(tallies, (t) => t.invalid),
    totals: [
      // the decision's order (most yes first), with the real no and abstain counts
      ...decided.totals.map((d) => ({ ...(byPerson.get(d.person) ?? d), qualified: d.qualified })),
      // a tallied write-in without a single yes takes no part in the decision
      ...totals.filter((t) => !decided.totals.some((d) => d.person === t.person)),
    ],
  };
}

// ------------------------------------------------------------------------------------ election round

type Office = PublishedElectionRound['offices'][number];

/** Candidates are counted by id; a write-in that names a candidate on the ballot counts for that candidate. */
function personKey(office: Office, name: string): string {
  return office.candidates.find((c) => c.name === name)?.id ?? name;
}

function personName(office: Office, key: string): string {
  return office.candidates.find((c) => c.id === key)?.name ?? key;
}

/** A published round before its count is announced. */
export type UncountedRound = Omit<PublishedElectionRound, 'announced'>;

function officeBallots(doc: UncountedRound, office: Office, out: RecountDifference[]): ElectionBallot[] {
  return doc.ballots.map((b, i) => {
    const section = b.offices.find((s) => s.officeId === office.id);
    if (!section) {
      // counted as a blank paper: every candidate unmarked, which is an abstention
      out.push({ path: `ballots[${i}].offices`, announced: null, recounted: `a section for ${office.name}` });
      return { marks: {}, writeIns: [] };
    }
    return { marks: section.marks, writeIns: section.writeIns.map((w) => personKey(office, w)) };
  });
}

/**
 * A box's totals must add up: every candidate on the ballot has a mark (or an abstention) on each valid
 * ballot, and no valid ballot names more people than seats (选举法 第四十四条).
 */
function boxDifferences(
  box: PublishedElectionRound['boxTallies'][number],
  i: number,
  office: Office,
): RecountDifference[] {
  const j = box.offices.findIndex((o) => o.officeId === office.id);
  const entry = box.offices[j];
  if (!entry)
    return [{ path: `boxTallies[${i}].offices`, announced: null, recounted: `a tally for ${office.name}` }];
  const out: RecountDifference[] = [];
  const valid = box.ballots - entry.invalid;
  for (const c of office.candidates) {
    const row = entry.totals.find((t) => t.candidateId === c.id);
    differ(
      out,
      `boxTallies[${i}].offices[${j}].totals[${c.name}]`,
      row ? row.yes + row.no + row.abstain : 0,
      valid,
    );
  }
  const yes = sum(entry.totals, (t) => t.yes);
  if (yes > valid * office.seats)
    out.push({
      path: `boxTallies[${i}].offices[${j}].totals`,
      announced: yes,
      recounted: `at most ${valid * office.seats} yes`,
    });
  entry.totals.forEach((t, k) => {
    if (t.candidateId && !office.candidates.some((c) => c.id === t.candidateId))
      out.push({
        path: `boxTallies[${i}].offices[${j}].totals[${k}].candidateId`,
        announced: t.candidateId,
        recounted: 'a candidate of this office',
      });
  });
  return out;
}

function officeTallies(doc: UncountedRound, office: Office, out: RecountDifference[]): PrecomputedTally[] {
  return doc.boxTallies.map((box, i) => {
    out.push(...boxDifferences(box, i, office));
    const entry = box.offices.find((o) => o.officeId === office.id);
    // a box without a tally for this office gives it no valid ballot
    if (!entry) return { ballots: box.ballots, invalid: box.ballots, totals: [] };
    const totals = entry.totals.map((t) => ({ ...t, person: t.candidateId ?? personKey(office, t.name) }));
    return { ballots: box.ballots, invalid: entry.invalid, totals };
  });
}

function voidOffice(officeId: string): OfficeRecount {
  return {
    officeId,
    void: true,
    validBallots: 0,
    invalidBallots: 0,
    totals: [],
    elected: [],
    tied: [],
    revoteSeats: 0,
    unfilledSeats: 0,
  };
}

function recountOffice(doc: PublishedElectionRound, office: Office, out: RecountDifference[]): OfficeRecount {
  return tallyOffice(doc, office, officeBallots(doc, office, out), officeTallies(doc, office, out));
}

/**
 * The count of one office from a round's ballot list and box tallies (地方组织法 第二十九条; 选举法
 * 第四十四条): what the server announces on closing is what `renda recount` recomputes, by the same code.
 */
export function countPublishedOffice(doc: UncountedRound, office: Office): OfficeRecount {
  return tallyOffice(doc, office, officeBallots(doc, office, []), officeTallies(doc, office, []));
}

function tallyOffice(
  doc: UncountedRound,
  office: Office,
  ballots: ElectionBallot[],
  tallies: PrecomputedTally[],
): OfficeRecount {
  if (roundIsVoid(doc.ballotsIssued, doc.ballotsReturned)) return voidOffice(office.id);
  const input: ElectionCountInput = {
    seats: office.seats,
    candidates: office.candidates.map((c) => c.id),
    base: thresholdBase({ ...doc, announced: [] }),
    rule: doc.rule,
    ballotsIssued: doc.ballotsIssued,
    ballots,
    writeInOnlyAfterNo: doc.writeInOnlyAfterNo,
  };
  const count = countElectionWithTallies(input, tallies);
  if (count.void) return voidOffice(office.id);
  const name = (key: string) => personName(office, key);
  return {
    officeId: office.id,
    void: false,
    validBallots: count.validBallots,
    invalidBallots: count.invalidBallots,
    totals: count.totals.map(({ person, ...t }) => ({ name: name(person), ...t })),
    elected: count.elected.map(name),
    tied: count.tied.map(name),
    revoteSeats: count.revoteSeats,
    unfilledSeats: count.unfilledSeats,
  };
}

const sorted = (names: string[]): string[] => [...names].sort();

function compareTotals(
  at: string,
  announced: OfficeRecount['totals'],
  recounted: OfficeRecount['totals'],
  out: RecountDifference[],
): void {
  for (const r of recounted) {
    const a = announced.find((t) => t.name === r.name);
    if (!a) out.push({ path: `${at}.totals[${r.name}]`, announced: null, recounted: r });
    else
      for (const k of ['yes', 'no', 'abstain', 'qualified'] as const)
        differ(out, `${at}.totals[${r.name}].${k}`, a[k], r[k]);
  }
  for (const a of announced)
    if (!recounted.some((r) => r.name === a.name))
      out.push({ path: `${at}.totals[${a.name}]`, announced: a, recounted: null });
}

function compareOffice(
  office: Office,
  announced: OfficeRecount | undefined,
  recounted: OfficeRecount,
  out: RecountDifference[],
): void {
  const at = `announced[${office.name}]`;
  if (!announced) {
    out.push({ path: at, announced: null, recounted });
    return;
  }
  differ(out, `${at}.void`, announced.void, recounted.void);
  // a void round is re-run (重选): nothing else in it counts, so nothing else is compared
  if (announced.void || recounted.void) return;
  for (const k of ['validBallots', 'invalidBallots', 'revoteSeats', 'unfilledSeats'] as const)
    differ(out, `${at}.${k}`, announced[k], recounted[k]);
  compareTotals(at, announced.totals, recounted.totals, out);
  differ(out, `${at}.elected`, sorted(announced.elected), sorted(recounted.elected));
  differ(out, `${at}.tied`, sorted(announced.tied), sorted(recounted.tied));
}

/** Each ballot has at most one section per office, and only for offices of this round. */
function sectionDifferences(doc: PublishedElectionRound): RecountDifference[] {
  const out: RecountDifference[] = [];
  doc.ballots.forEach((b, i) => {
    b.offices.forEach((s, j) => {
      const path = `ballots[${i}].offices[${j}].officeId`;
      if (!doc.offices.some((o) => o.id === s.officeId))
        out.push({ path, announced: s.officeId, recounted: 'an office of this round' });
      else if (b.offices.findIndex((o) => o.officeId === s.officeId) !== j)
        out.push({ path, announced: s.officeId, recounted: 'one section per office' });
    });
  });
  return out;
}

function recountElectionRound(doc: PublishedElectionRound): ElectionRoundRecountReport {
  const differences: RecountDifference[] = [];
  uniqueReceipts(doc.ballots, differences);
  const ballotsListed = doc.ballots.length + sum(doc.boxTallies, (b) => b.ballots);
  differ(differences, 'ballotsReturned', doc.ballotsReturned, ballotsListed);
  differences.push(...sectionDifferences(doc));
  const announced = doc.offices.map((office) => {
    const recounted = recountOffice(doc, office, differences);
    compareOffice(
      office,
      doc.announced.find((a) => a.officeId === office.id),
      recounted,
      differences,
    );
    return recounted;
  });
  doc.announced.forEach((a, i) => {
    if (!doc.offices.some((o) => o.id === a.officeId))
      differences.push({
        path: `announced[${i}].officeId`,
        announced: a.officeId,
        recounted: 'an office of this round',
      });
  });
  return {
    kind: 'election_round',
    matches: differences.length === 0,
    differences,
    recounted: { base: thresholdBase(doc), ballotsListed, announced },
  };
}

// ------------------------------------------------------------------------------------------ entry

/** Recount a published vote or election round from its own ballots and name every difference. */
export function recount(doc: PublishedVote): VoteRecountReport;
export function recount(doc: PublishedElectionRound): ElectionRoundRecountReport;
export function recount(doc: PublishedResult): RecountReport;
export function recount(doc: PublishedResult): RecountReport {
  return doc.kind === 'vote' ? recountVote(doc) : recountElectionRound(doc);
}

/** The document with its announced result replaced by the recount: what a correct publisher writes. */
export function withRecountedResult<T extends PublishedResult>(doc: T): T {
  if (doc.kind === 'vote') return { ...doc, ...recountVote(doc).recounted };
  return { ...doc, announced: recountElectionRound(doc).recounted.announced };
}
