import { compareIds, roundScore, TfIdfIndex } from './tfidf-index';

/** A suggestion already assigned: its text and the units that handled it, the lead (主办) unit first. */
export interface PastAssignment {
  id?: string;
  text: string;
  unitIds: readonly string[];
}

export interface RoutingReason {
  /** The past suggestion's id, when the history gave one. */
  exampleId?: string;
  /** The past suggestion's text, at most `SNIPPET_LENGTH` characters. */
  text: string;
  /** Its similarity to the new text (cosine, 0..1, 3 decimals). */
  similarity: number;
  /** Whether the unit led that suggestion or helped (协办). */
  role: 'lead' | 'co';
}

export interface UnitRanking {
  unitId: string;
  /** The unit's share of the neighbours' weighted vote, 0..1, 3 decimals (relative, not a probability). */
  score: number;
  /** The past suggestions most similar to the new one that this unit handled, closest first. */
  because: RoutingReason[];
}

export interface RankOptions {
  /** How many units to return (default 3). */
  units?: number;
  /** How many past suggestions to give as the reason for each unit (default 2). */
  reasons?: number;
}

/** Vote weights: a neighbour's lead unit is the routing precedent; a co-unit only took part. */
export const LEAD_WEIGHT = 1;
export const CO_UNIT_WEIGHT = 0.5;
export const SNIPPET_LENGTH = 40;

/** The text collapsed to one line and cut to `SNIPPET_LENGTH` characters (code points), with … when cut. */
export function snippet(text: string): string {
  const chars = Array.from(text.replace(/\s+/gu, ' ').trim());
  return chars.length <= SNIPPET_LENGTH ? chars.join('') : `${chars.slice(0, SNIPPET_LENGTH - 1).join('')}…`;
}

interface Vote {
  weight: number;
  because: RoutingReason[];
}

/**
 * Routing aid: ranks the units likely to handle a new suggestion from how similar past suggestions were
 * assigned. The office decides; this only orders the list and says why.
 *
 * Weighted k-nearest-neighbour voting: the k past suggestions most similar to the new text (TF-IDF
 * cosine, see `TfIdfIndex`; neighbours sharing no term are not neighbours) each give
 * similarity × `LEAD_WEIGHT` to their lead unit and similarity × `CO_UNIT_WEIGHT` to every co-unit.
 * Weighting by similarity lets one close precedent outvote several loose ones; halving co-units keeps a
 * unit that is often asked to help (人社局 on wages, 财政局 on money) from outranking the unit that
 * actually leads on the topic, while still surfacing it. A unit's score is its share of all the votes
 * cast; the reasons carry the absolute similarities, which say how close the precedents really are.
 *
 * Build once per history and rank many texts; `rankUnits` is the one-shot form.
 */
export class UnitRouter {
  private readonly index = new TfIdfIndex();
  private readonly assignments: PastAssignment[] = [];

  constructor(history: Iterable<PastAssignment>) {
    for (const a of history) {
      if (a.unitIds.length === 0) continue;
      // Internal keys are positions, zero-padded so the index's id order is the history's order.
      this.index.add({ id: String(this.assignments.length).padStart(10, '0'), text: a.text });
      this.assignments.push(a);
    }
  }

  rank(text: string, k = 10, options: RankOptions = {}): UnitRanking[] {
    const { units = 3, reasons = 2 } = options;
    const votes = new Map<string, Vote>();
    let total = 0;
    for (const neighbour of this.index.query(text, k)) {
      const past = this.assignments[Number(neighbour.id)];
      if (!past) continue;
      const seen = new Set<string>();
      past.unitIds.forEach((unitId, i) => {
        if (seen.has(unitId)) return;
        seen.add(unitId);
        const role = i === 0 ? 'lead' : 'co';
        const weight = neighbour.score * (role === 'lead' ? LEAD_WEIGHT : CO_UNIT_WEIGHT);
        let vote = votes.get(unitId);
        if (!vote) {
          vote = { weight: 0, because: [] };
          votes.set(unitId, vote);
        }
        vote.weight += weight;
        total += weight;
        // Neighbours arrive closest first, so the first ones kept are the closest.
        if (vote.because.length < reasons) {
          vote.because.push({
            ...(past.id === undefined ? {} : { exampleId: past.id }),
            text: snippet(past.text),
            similarity: neighbour.score,
            role,
          });
        }
      });
    }
    if (total === 0) return [];
    return [...votes]
      .map(([unitId, vote]) => ({ unitId, score: roundScore(vote.weight / total), because: vote.because }))
      .sort((a, b) => b.score - a.score || compareIds(a.unitId, b.unitId))
      .slice(0, units);
  }
}

/** One-shot routing: the top units for `text` from k nearest past assignments. See `UnitRouter`. */
export function rankUnits(
  text: string,
  history: Iterable<PastAssignment>,
  k = 10,
  options: RankOptions = {},
): UnitRanking[] {
  return new UnitRouter(history).rank(text, k, options);
}
