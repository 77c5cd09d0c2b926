import type { AgendaEffect, AgendaItem, Session } from '@renda/shared';
import type { AgendaDocumentRow, AgendaItemRow, SessionRow } from './sessions.repository';

type Officer = Session['officers'][number];

export function presentSession(
  r: { s: SessionRow; termNumber: number },
  officers: { o: { deputyId: string; role: string; electedByVoteId: string | null }; name: string }[],
): Session {
  return {
    id: r.s.id,
    body: r.s.body as Session['body'],
    termId: r.s.termId,
    termNumber: r.termNumber,
    number: r.s.number,
    kind: r.s.kind as Session['kind'],
    title: r.s.title,
    startDate: r.s.startDate,
    endDate: r.s.endDate,
    venue: r.s.venue,
    status: r.s.status as Session['status'],
    version: r.s.version,
    officers: officers.map(
      (o): Officer => ({
        deputyId: o.o.deputyId,
        name: o.name,
        role: o.o.role as Officer['role'],
        electedByVoteId: o.o.electedByVoteId,
      }),
    ),
  };
}

export function presentDocument(d: AgendaDocumentRow): AgendaItem['documents'][number] {
  return {
    id: d.id,
    itemId: d.itemId,
    title: d.title,
    fileName: d.fileName,
    mediaType: d.mediaType,
    size: d.size,
    sha256: d.sha256,
    createdAt: d.createdAt.toISOString(),
  };
}

export function presentAgendaItem(i: AgendaItemRow, docs: AgendaDocumentRow[]): AgendaItem {
  return {
    id: i.id,
    sessionId: i.sessionId,
    position: i.position,
    kind: i.kind as AgendaItem['kind'],
    meeting: i.meeting as AgendaItem['meeting'],
    title: i.title,
    description: i.description,
    effect: (i.effect as AgendaEffect | null) ?? null,
    version: i.version,
    documents: docs.filter((d) => d.itemId === i.id).map(presentDocument),
  };
}
