import { countPublishedOffice, type PublishedElectionRound } from '@renda/shared';

type Office = PublishedElectionRound['offices'][number];
type Announced = PublishedElectionRound['announced'][number];

/**
 * The count of one office (地方组织法 第二十九条; 选举法 第四十四条): the ballots listed one by one and
 * the boxes counted by tally, against the round's rule and base, by the same code `renda recount` runs.
 * The whole round is void when more ballots came back than were issued.
 */
export function countOffice(doc: Omit<PublishedElectionRound, 'announced'>, office: Office): Announced {
  return countPublishedOffice(doc, office);
}
