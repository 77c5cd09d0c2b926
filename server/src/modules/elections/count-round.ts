import {
  countElectionWithTallies,
  type ElectionBallot,
  type PrecomputedTally,
  type PublishedElectionRound,
  roundIsVoid,
  thresholdBase,
} from '@renda/shared';

type Office = PublishedElectionRound['offices'][number];
type Announced = PublishedElectionRound['announced'][number];

/** A candidate is counted by id; a written-in name stays a name. */
const personKey = (office: Office, name: string) =>
  office.candidates.find((c) => c.name === name)?.id ?? name;
const personName = (office: Office, key: string) => office.candidates.find((c) => c.id === key)?.name ?? key;

function voidOffice(officeId: string): Announced {
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

/**
 * The count of one office (地方组织法 第二十九条; 选举法 第四十四条) with the shared election rules:
 * the ballots listed one by one and the boxes counted by tally, against the round's rule and base.
 * The whole round is void when more ballots came back than were issued.
 */
export function countOffice(doc: Omit<PublishedElectionRound, 'announced'>, office: Office): Announced {
  if (roundIsVoid(doc.ballotsIssued, doc.ballotsReturned)) return voidOffice(office.id);
  const ballots: ElectionBallot[] = doc.ballots.map((b) => {
    const s = b.offices.find((o) => o.officeId === office.id);
    return { marks: s?.marks ?? {}, writeIns: (s?.writeIns ?? []).map((w) => personKey(office, w)) };
  });
  const tallies: PrecomputedTally[] = doc.boxTallies.map((box) => {
    const e = box.offices.find((o) => o.officeId === office.id);
    if (!e) return { ballots: box.ballots, invalid: box.ballots, totals: [] };
    return {
      ballots: box.ballots,
      invalid: e.invalid,
      totals: e.totals.map((t) => ({ ...t, person: t.candidateId ?? personKey(office, t.name) })),
    };
  });
  const count = countElectionWithTallies(
    {
      seats: office.seats,
      candidates: office.candidates.map((c) => c.id),
      base: thresholdBase({ ...doc, announced: [] }),
      rule: doc.rule,
      ballotsIssued: doc.ballotsIssued,
      ballots,
      writeInOnlyAfterNo: doc.writeInOnlyAfterNo,
    },
    tallies,
  );
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
