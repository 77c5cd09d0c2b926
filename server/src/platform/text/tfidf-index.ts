import { tokenize } from './tokenize';

export interface TextDocument {
  id: string;
  text: string;
}

export interface SimilarDocument {
  id: string;
  /** Cosine similarity of the TF-IDF vectors, 0..1, rounded to 3 decimals; never 0 (no shared term → not listed). */
  score: number;
  /** The shared terms that contributed most to the score, largest first (at most `SHARED_TERMS`). */
  sharedTerms: string[];
}

export interface QueryOptions {
  /** Leave this document out (the suggestion being reviewed is itself in the index). */
  excludeId?: string;
}

/** How many shared terms a result explains itself with. */
export const SHARED_TERMS = 5;

/** term → sublinear term frequency, in the order the terms first occur */
type TermWeights = Map<string, number>;

/** Code-unit order: the same everywhere, unlike localeCompare. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function roundScore(x: number): number {
  return Math.min(1, Math.max(0, Math.round(x * 1000) / 1000));
}

/** Sublinear term frequency, 1 + ln(tf): a word said three times is not three times the topic. */
function termWeights(terms: readonly string[]): TermWeights {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const [t, n] of counts) counts.set(t, 1 + Math.log(n));
  return counts;
}

/**
 * An in-memory TF-IDF index over short texts, for "which existing suggestions look like this one".
 *
 * Weights: (1 + ln tf) × idf with the smoothed idf = ln((1 + N) / (1 + df)) + 1, so a term in every
 * document still counts a little and a one-document index still answers (the plain ln(N/df) would zero
 * every term of a small county's first suggestions). Query terms the index has never seen get the
 * highest idf: they are what is new about the query and lower its similarity to everything.
 *
 * Every add or remove changes N, hence every idf, hence every document's vector length. Lengths are
 * therefore recomputed lazily, once, at the first query after a change (linear in the postings: a few
 * milliseconds for 5,000 short suggestions) rather than kept exact on each update.
 *
 * Terms are interned to numbers and documents live in numbered slots, so postings, idf and lengths are
 * plain arrays; the index keeps only the term frequencies, never the texts.
 *
 * Results are ordered by the rounded score (what a reader sees) descending, then id ascending, so equal
 * scores always come out in the same order whatever the insertion order.
 */
export class TfIdfIndex {
  private readonly termIds = new Map<string, number>();
  /** term id → term */
  private readonly terms: string[] = [];
  /** term id → the slots of the documents that contain it (unordered) and, in step, their tf */
  private readonly postingSlots: number[][] = [];
  private readonly postingTfs: number[][] = [];
  private readonly slotOf = new Map<string, number>();
  /** slot → document id, its term ids and their tf (undefined: a free slot) */
  private readonly slotIds: (string | undefined)[] = [];
  private readonly slotTerms: Int32Array[] = [];
  private readonly slotTfs: Float64Array[] = [];
  private readonly freeSlots: number[] = [];
  private idfs = new Float64Array(0);
  private lengths = new Float64Array(0);
  private stale = true;

  static build(documents: Iterable<TextDocument>): TfIdfIndex {
    const index = new TfIdfIndex();
    for (const d of documents) index.add(d);
    return index;
  }

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Adds a document; an id already present is replaced (an edited suggestion is re-indexed in place). */
  add(document: TextDocument): void {
    this.remove(document.id);
    const weights = termWeights(tokenize(document.text));
    const slot = this.freeSlots.pop() ?? this.slotIds.length;
    const termIds = new Int32Array(weights.size);
    const tfs = new Float64Array(weights.size);
    let n = 0;
    for (const [term, tf] of weights) {
      let t = this.termIds.get(term);
      if (t === undefined) {
        t = this.terms.length;
        this.termIds.set(term, t);
        this.terms.push(term);
        this.postingSlots.push([]);
        this.postingTfs.push([]);
      }
      this.postingSlots[t]!.push(slot);
      this.postingTfs[t]!.push(tf);
      termIds[n] = t;
      tfs[n] = tf;
      n++;
    }
    this.slotIds[slot] = document.id;
    this.slotTerms[slot] = termIds;
    this.slotTfs[slot] = tfs;
    this.slotOf.set(document.id, slot);
    this.stale = true;
  }

  /** Removes a document (merged or withdrawn); false if it was not there. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    for (const t of this.slotTerms[slot]!) {
      const slots = this.postingSlots[t]!;
      const tfs = this.postingTfs[t]!;
      const at = slots.indexOf(slot);
      slots[at] = slots[slots.length - 1]!;
      tfs[at] = tfs[tfs.length - 1]!;
      slots.pop();
      tfs.pop();
    }
    this.slotIds[slot] = undefined;
    this.slotTerms[slot] = new Int32Array(0);
    this.slotTfs[slot] = new Float64Array(0);
    this.slotOf.delete(id);
    this.freeSlots.push(slot);
    this.stale = true;
    return true;
  }

  /** The k documents most similar to `text`. */
  query(text: string, k = 5, options: QueryOptions = {}): SimilarDocument[] {
    return this.rank(termWeights(tokenize(text)), k, options.excludeId);
  }

  /** The k documents most similar to an indexed one, itself left out; [] for an unknown id. */
  similarTo(id: string, k = 5): SimilarDocument[] {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return [];
    const weights: TermWeights = new Map();
    const tfs = this.slotTfs[slot]!;
    this.slotTerms[slot]!.forEach((t, n) => {
      weights.set(this.terms[t]!, tfs[n]!);
    });
    return this.rank(weights, k, id);
  }

  private refresh(): void {
    if (!this.stale) return;
    const n = this.slotOf.size;
    this.idfs = new Float64Array(this.terms.length);
    for (let t = 0; t < this.terms.length; t++) {
      this.idfs[t] = Math.log((1 + n) / (1 + this.postingSlots[t]!.length)) + 1;
    }
    this.lengths = new Float64Array(this.slotIds.length);
    for (let slot = 0; slot < this.slotIds.length; slot++) {
      const terms = this.slotTerms[slot]!;
      const tfs = this.slotTfs[slot]!;
      let sum = 0;
      for (let i = 0; i < terms.length; i++) sum += (tfs[i]! * this.idfs[terms[i]!]!) ** 2;
      this.lengths[slot] = Math.sqrt(sum);
    }
    this.stale = false;
  }

  private rank(query: TermWeights, k: number, excludeId: string | undefined): SimilarDocument[] {
    if (k <= 0 || query.size === 0) return [];
    this.refresh();
    const unseenIdf = Math.log(1 + this.slotOf.size) + 1;
    const excluded = excludeId === undefined ? -1 : (this.slotOf.get(excludeId) ?? -1);
    /** term id → query weight, for the terms the index knows */
    const known = new Map<number, number>();
    let queryLength = 0;
    for (const [term, tf] of query) {
      const t = this.termIds.get(term);
      const w = tf * (t === undefined ? unseenIdf : this.idfs[t]!);
      if (t !== undefined) known.set(t, w);
      queryLength += w * w;
    }
    queryLength = Math.sqrt(queryLength);

    const dots = new Float64Array(this.slotIds.length);
    const touched: number[] = [];
    for (const [t, wq] of known) {
      const slots = this.postingSlots[t]!;
      const tfs = this.postingTfs[t]!;
      const factor = wq * this.idfs[t]!;
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i]!;
        if (slot === excluded) continue;
        if (dots[slot] === 0) touched.push(slot);
        dots[slot]! += factor * tfs[i]!;
      }
    }

    const scored: { slot: number; id: string; score: number }[] = [];
    for (const slot of touched) {
      const score = roundScore(dots[slot]! / (queryLength * this.lengths[slot]!));
      if (score > 0) scored.push({ slot, id: this.slotIds[slot]!, score });
    }
    scored.sort((a, b) => b.score - a.score || compareIds(a.id, b.id));
    return scored
      .slice(0, k)
      .map(({ slot, id, score }) => ({ id, score, sharedTerms: this.explain(known, slot) }));
  }

  /**
   * The shared terms by their share of the dot product. A search-mode part is not listed beside the word
   * it came from (老旧小区 rather than 老旧小区, 老旧, 小区).
   */
  private explain(known: Map<number, number>, slot: number): string[] {
    const shared: { term: string; contribution: number }[] = [];
    const tfs = this.slotTfs[slot]!;
    this.slotTerms[slot]!.forEach((t, n) => {
      const wq = known.get(t);
      if (wq !== undefined) shared.push({ term: this.terms[t]!, contribution: wq * tfs[n]! * this.idfs[t]! });
    });
    shared.sort((a, b) => b.contribution - a.contribution || compareIds(a.term, b.term));
    const terms = shared.map((s) => s.term);
    return terms
      .filter((t) => !terms.some((other) => other !== t && other.includes(t)))
      .slice(0, SHARED_TERMS);
  }
}
