import {
  AppError,
  type BallotSection,
  ballotDefect,
  type Mark,
  type PaperEntryInput,
  type RoundType,
} from '@renda/shared';
import type { RoundOffices } from './elections.presenter';

/**
 * Ballot contents checked against the round's ballot paper and put in one canonical form (offices in
 * ballot order, a mark for every candidate, write-ins sorted), so that two scrutineers' entries of the
 * same paper compare equal and the published list reads the same for every ballot.
 */

export interface Section {
  officeId: string;
  marks: Record<string, Mark>;
  writeIns: string[];
}
export interface BallotContent {
  offices: Section[];
}
export interface BoxContent {
  ballots: number;
  offices: Array<{
    officeId: string;
    invalid: number;
    totals: Array<{ candidateId: string | null; name: string; yes: number; no: number; abstain: number }>;
  }>;
}

interface Issue {
  path: string;
  message: string;
}

/** 另选他人 has a place on the ballot of a formal or supplementary election only: a preliminary vote and a
 * re-vote choose among the names printed. */
export const writeInsAllowed = (type: RoundType): boolean => type === 'formal' || type === 'supplementary';

function fail(issues: Issue[]): never {
  throw new AppError('VALIDATION_FAILED', issues);
}

function officeIndex(offices: RoundOffices, ids: string[], at: string): Issue[] {
  const issues: Issue[] = [];
  ids.forEach((id, i) => {
    if (!offices.some((o) => o.id === id))
      issues.push({ path: `${at}[${i}].officeId`, message: 'not an office on this ballot' });
    else if (ids.indexOf(id) !== i)
      issues.push({ path: `${at}[${i}].officeId`, message: 'one section per office' });
  });
  return issues;
}

function writeInIssues(office: RoundOffices[number], names: string[], allowed: boolean, at: string): Issue[] {
  const issues: Issue[] = [];
  if (names.length && !allowed) issues.push({ path: at, message: 'no write-ins on this ballot' });
  names.forEach((w, i) => {
    if (office.candidates.some((c) => c.name === w))
      issues.push({ path: `${at}[${i}]`, message: 'a candidate on the ballot: mark them instead' });
    if (names.indexOf(w) !== i) issues.push({ path: `${at}[${i}]`, message: 'written in twice' });
  });
  return issues;
}

/**
 * A ballot's sections in canonical form. An office without a section is a blank section (every
 * candidate abstained). Electronic ballots must also be valid (选举法 第四十四条 and the write-in
 * convention): the device does not accept a ballot that would be void.
 */
export function canonicalBallot(
  offices: RoundOffices,
  sections: BallotSection[],
  opts: { type: RoundType; writeInOnlyAfterNo: boolean; refuseDefects: boolean },
): BallotContent {
  const issues = officeIndex(
    offices,
    sections.map((s) => s.officeId),
    'offices',
  );
  const out: Section[] = offices.map((office) => {
    const i = sections.findIndex((s) => s.officeId === office.id);
    const s = sections[i] ?? { officeId: office.id, marks: {}, writeIns: [] };
    const at = `offices[${i}]`;
    for (const id of Object.keys(s.marks))
      if (!office.candidates.some((c) => c.id === id))
        issues.push({ path: `${at}.marks.${id}`, message: 'not a candidate of this office' });
    issues.push(...writeInIssues(office, s.writeIns, writeInsAllowed(opts.type), `${at}.writeIns`));
    const marks: Record<string, Mark> = {};
    for (const c of office.candidates) marks[c.id] = s.marks[c.id] ?? 'abstain';
    const section = { officeId: office.id, marks, writeIns: [...s.writeIns].sort() };
    if (opts.refuseDefects) {
      const defect = ballotDefect(section, office.seats, opts.writeInOnlyAfterNo);
      if (defect) issues.push({ path: at, message: defect });
    }
    return section;
  });
  if (issues.length) fail(issues);
  return { offices: out };
}

/**
 * A box tally in canonical form: every office once; every candidate once, their marks adding up to the
 * valid ballots; write-ins (yes only) where the ballot has room for them; no more yes than valid ballots
 * times seats (a valid ballot names at most `seats` people).
 */
export function canonicalBox(
  offices: RoundOffices,
  entry: Extract<PaperEntryInput, { kind: 'box' }>,
  type: RoundType,
): BoxContent {
  const issues = officeIndex(
    offices,
    entry.offices.map((o) => o.officeId),
    'offices',
  );
  const out = offices.map((office) => {
    const i = entry.offices.findIndex((o) => o.officeId === office.id);
    const at = `offices[${i}]`;
    const e = entry.offices[i];
    if (!e) {
      issues.push({ path: 'offices', message: `no tally for ${office.name}` });
      return { officeId: office.id, invalid: 0, totals: [] };
    }
    if (e.invalid > entry.ballots) issues.push({ path: `${at}.invalid`, message: 'more than the ballots' });
    const valid = entry.ballots - e.invalid;
    const totals: BoxContent['offices'][number]['totals'] = [];
    for (const c of office.candidates) {
      const rows = e.totals.filter((t) => t.candidateId === c.id);
      const row = rows[0];
      if (rows.length !== 1 || !row) {
        issues.push({ path: `${at}.totals`, message: `one row for ${c.name}` });
        continue;
      }
      if (row.yes + row.no + row.abstain !== valid)
        issues.push({ path: `${at}.totals[${c.name}]`, message: `marks must add up to ${valid}` });
      totals.push({ candidateId: c.id, name: c.name, yes: row.yes, no: row.no, abstain: row.abstain });
    }
    e.totals.forEach((t, k) => {
      if (t.candidateId && !office.candidates.some((c) => c.id === t.candidateId))
        issues.push({ path: `${at}.totals[${k}].candidateId`, message: 'not a candidate of this office' });
      if (!t.candidateId && (t.no || t.abstain))
        issues.push({ path: `${at}.totals[${k}]`, message: 'a person written in has yes votes only' });
    });
    const writeIns = e.totals.filter((t) => !t.candidateId);
    issues.push(
      ...writeInIssues(
        office,
        writeIns.map((w) => w.name),
        writeInsAllowed(type),
        `${at}.totals`,
      ),
    );
    for (const w of [...writeIns].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)))
      totals.push({ candidateId: null, name: w.name, yes: w.yes, no: 0, abstain: 0 });
    const yes = totals.reduce((n, t) => n + t.yes, 0);
    if (yes > valid * office.seats)
      issues.push({ path: `${at}.totals`, message: `at most ${valid * office.seats} yes in all` });
    return { officeId: office.id, invalid: e.invalid, totals };
  });
  if (issues.length) fail(issues);
  return { ballots: entry.ballots, offices: out };
}

/** Where two canonical entries of the same paper or box differ, by office and candidate name. */
export function entryDifferences(
  offices: RoundOffices,
  a: BallotContent | BoxContent,
  b: BallotContent | BoxContent,
): string[] {
  const out: string[] = [];
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  if ('ballots' in a && 'ballots' in b && a.ballots !== b.ballots) out.push('ballots');
  for (const office of offices) {
    const at = `offices[${office.name}]`;
    const x = a.offices.find((o) => o.officeId === office.id);
    const y = b.offices.find((o) => o.officeId === office.id);
    if (!x || !y) {
      if (x !== y) out.push(at);
      continue;
    }
    if ('marks' in x && 'marks' in y) {
      for (const c of office.candidates)
        if (x.marks[c.id] !== y.marks[c.id]) out.push(`${at}.marks[${c.name}]`);
      if (!same(x.writeIns, y.writeIns)) out.push(`${at}.writeIns`);
    }
    if ('invalid' in x && 'invalid' in y) {
      if (x.invalid !== y.invalid) out.push(`${at}.invalid`);
      const names = new Set([...x.totals, ...y.totals].map((t) => t.name));
      for (const name of names) {
        const p = x.totals.find((t) => t.name === name);
        const q = y.totals.find((t) => t.name === name);
        if (!p || !q) out.push(`${at}.totals[${name}]`);
        else
          for (const k of ['yes', 'no', 'abstain'] as const)
            if (p[k] !== q[k]) out.push(`${at}.totals[${name}].${k}`);
      }
    }
  }
  return out;
}
