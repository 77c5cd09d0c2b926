import { useSearchParams } from 'react-router';
import { currentTerm, useTerms } from './queries';

/** The term a per-term list shows: from the address, else the current term. */
export function useTermFilter() {
  const terms = useTerms();
  const [params, setParams] = useSearchParams();
  const termId = params.get('termId') ?? currentTerm(terms.data)?.id;
  const setTermId = (id: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('termId', id);
        return next;
      },
      { replace: true },
    );
  return { terms, termId, setTermId };
}
