import type { PublishedElectionRound, PublishedResult, PublishedVote } from '@renda/shared';
import { chinaDate, type ExportFile, fileName, isoDate, ROUND_TYPES, ruleInWords } from './wording';

/**
 * Open data in the Popolo format (popoloproject.com): the collections a Popolo export usually has
 * (organizations, posts, memberships, events, motions, vote_events), each object as the standard
 * describes it. Fields the standard lacks are added with snake_case names, as it allows.
 */
export interface PopoloExport {
  organizations: Array<Record<string, unknown>>;
  posts: Array<Record<string, unknown>>;
  memberships: Array<Record<string, unknown>>;
  events: Array<Record<string, unknown>>;
  motions: Array<Record<string, unknown>>;
  vote_events: Array<Record<string, unknown>>;
}

interface PopoloCount {
  option: string;
  value: number;
  [extra: string]: unknown;
}

/** Popolo's date patterns take whole seconds: fractions are dropped, the offset kept. */
const popoloTime = (iso: string): string => iso.replace(/\.\d+/, '');

function congress(doc: PublishedResult): Record<string, unknown> {
  const standing = doc.session.body === 'standing_committee';
  return {
    id: `${doc.jurisdiction.id}/${doc.session.body}`,
    name: `${doc.jurisdiction.name}人民代表大会${standing ? '常务委员会' : ''}`,
    classification: standing ? 'committee' : 'legislature',
  };
}

function session(doc: PublishedResult, organizationId: unknown): Record<string, unknown> {
  return {
    id: doc.session.id,
    name: doc.session.title,
    classification: 'legislative session',
    organization_id: organizationId,
  };
}

/**
 * A vote: the agenda item's motion and the vote event. Each deputy's vote is published only for a
 * named vote: a secret ballot (无记名) must never be traceable to a deputy.
 */
function votePopolo(doc: PublishedVote): PopoloExport {
  const organization = congress(doc);
  const result = doc.result.passed ? 'pass' : 'fail';
  const counts: PopoloCount[] = [
    { option: 'yes', value: doc.counts.yes },
    { option: 'no', value: doc.counts.no },
    { option: 'abstain', value: doc.counts.abstain },
    { option: 'not voting', value: doc.counts.notVoting },
  ];
  const voteEvent: Record<string, unknown> = {
    id: doc.vote.id,
    motion_id: doc.agendaItem.id,
    organization_id: organization.id,
    legislative_session_id: doc.session.id,
    classification: doc.vote.mode === 'named' ? 'named vote' : 'secret vote',
    start_date: popoloTime(doc.openedAt),
    end_date: popoloTime(doc.closedAt),
    result,
    counts,
    ...(doc.vote.correctsVoteId ? { corrects_vote_event_id: doc.vote.correctsVoteId } : {}),
  };
  if (doc.vote.mode === 'named')
    voteEvent.votes = doc.ballots.map((b) => ({
      voter_id: b.deputy?.id ?? null,
      voter: b.deputy ? { name: b.deputy.name } : null,
      option: b.choice,
    }));
  const motion = {
    id: doc.agendaItem.id,
    organization_id: organization.id,
    legislative_session_id: doc.session.id,
    identifier: `第${doc.agendaItem.position}项`,
    text: doc.vote.text,
    classification: 'resolution',
    date: popoloTime(doc.openedAt),
    requirement: ruleInWords(doc.rule),
    result,
  };
  return {
    organizations: [organization],
    posts: [],
    memberships: [],
    events: [session(doc, organization.id)],
    motions: [motion],
    vote_events: [voteEvent],
  };
}

type Office = PublishedElectionRound['offices'][number];
type Announced = PublishedElectionRound['announced'][number];

function officeCounts(a: Announced): PopoloCount[] {
  return [
    { option: 'valid ballots', value: a.validBallots },
    { option: 'invalid ballots', value: a.invalidBallots },
    ...a.totals.flatMap((t) =>
      (['yes', 'no', 'abstain'] as const).map((option) => ({
        option,
        value: t[option],
        candidate: t.name,
        written_in: !t.onBallot,
      })),
    ),
  ];
}

function officeResult(a: Announced, seats: number): string {
  if (a.void) return 'void';
  return a.elected.length === seats ? 'elected' : 'not all seats filled';
}

/** An election round: per office an organization and its post, a membership per person elected, and the counts. */
function electionPopolo(doc: PublishedElectionRound): PopoloExport {
  const organization = congress(doc);
  const startDate = isoDate(chinaDate(doc.closedAt));
  const offices = doc.offices.flatMap((office) => {
    const a = doc.announced.find((x) => x.officeId === office.id);
    return a ? [{ office, a }] : [];
  });
  const post = (office: Office) => `${office.id}/post`;
  return {
    organizations: [
      organization,
      ...doc.offices.map((o) => ({ id: o.id, name: o.name, classification: 'office' })),
    ],
    posts: doc.offices.map((o) => ({ id: post(o), label: o.name, role: o.name, organization_id: o.id })),
    // a preliminary round (预选) fills no post: it only decides the formal candidates
    memberships: offices.flatMap(({ office, a }) =>
      a.void || doc.round.type === 'preliminary'
        ? []
        : a.elected.map((name) => ({
            person_id: office.candidates.find((c) => c.name === name)?.id ?? null,
            person: { name },
            organization_id: office.id,
            post_id: post(office),
            role: office.name,
            start_date: startDate,
          })),
    ),
    events: [session(doc, organization.id)],
    motions: [],
    vote_events: offices.map(({ office, a }) => ({
      id: `${doc.round.id}/${office.id}`,
      organization_id: organization.id,
      legislative_session_id: doc.session.id,
      identifier: `${doc.election.title} 第${doc.round.number}轮（${ROUND_TYPES[doc.round.type]}）`,
      classification: 'election',
      start_date: popoloTime(doc.openedAt),
      end_date: popoloTime(doc.closedAt),
      result: officeResult(a, office.seats),
      counts: officeCounts(a),
    })),
  };
}

/** The published result as Popolo JSON. */
export function popoloDocument(doc: PublishedResult): PopoloExport {
  return doc.kind === 'vote' ? votePopolo(doc) : electionPopolo(doc);
}

export function exportPopolo(doc: PublishedResult): ExportFile {
  const body = Buffer.from(`${JSON.stringify(popoloDocument(doc), null, 2)}\n`, 'utf8');
  return { fileName: fileName(doc, 'json'), contentType: 'application/json; charset=utf-8', body };
}
