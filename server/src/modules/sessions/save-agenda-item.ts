import { createHash } from 'node:crypto';
import {
  type AgendaItem,
  type AgendaItemInput,
  AppError,
  type agendaDocumentInputSchema,
  type agendaItemPatchSchema,
} from '@renda/shared';
import { and, eq, gte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { agendaDocuments, agendaItems } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db, Tx } from '../../platform/db/database';
import { presentAgendaItem, presentDocument } from './sessions.presenter';
import { electorateIds, getAgendaItem, getSession, listAgenda, lockSession } from './sessions.repository';

const MAX_DOCUMENT_BYTES = 700 * 1024;

/** PDF, .docx (a zip), PNG and JPEG are recognised by their first bytes, not by the name given. */
const MAGIC: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': [0x50, 0x4b, 0x03, 0x04],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

async function itemOf(tx: Tx, jid: string, id: string) {
  const item = await getAgendaItem(tx, jid, id);
  if (!item) throw new AppError('NOT_FOUND');
  const { docs } = await listAgenda(tx, jid, item.sessionId);
  return presentAgendaItem(item, docs);
}

async function checkEffect(tx: Tx, jid: string, sessionId: string, input: AgendaItemInput): Promise<void> {
  if (!input.effect) return;
  if (input.kind !== 'vote')
    throw new AppError('VALIDATION_FAILED', [
      { path: 'effect', message: 'only a vote item can have an effect' },
    ]);
  const session = await getSession(tx, jid, sessionId);
  if (!session) throw new AppError('NOT_FOUND');
  const electorate = new Set(await electorateIds(tx, jid, session.s));
  const people = [...input.effect.presidium, input.effect.secretaryGeneral];
  const unknown = people.filter((id) => !electorate.has(id));
  if (unknown.length)
    throw new AppError('VALIDATION_FAILED', [
      { path: 'effect', message: `not deputies in office: ${unknown.join(', ')}` },
    ]);
}

export async function addAgendaItem(
  db: Db,
  ctx: AuditContext,
  jid: string,
  sessionId: string,
  input: AgendaItemInput,
): Promise<AgendaItem> {
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, jid, sessionId);
    if (!session) throw new AppError('NOT_FOUND');
    if (session.status === 'closed') throw new AppError('INVALID_STATE', { status: session.status });
    await checkEffect(tx, jid, sessionId, input);
    const [{ n } = { n: 0 }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(agendaItems)
      .where(eq(agendaItems.sessionId, sessionId));
    const position = Math.min(input.position ?? n + 1, n + 1);
    await tx
      .update(agendaItems)
      .set({ position: sql`${agendaItems.position} + 1` })
      .where(and(eq(agendaItems.sessionId, sessionId), gte(agendaItems.position, position)));
    const [row] = await tx
      .insert(agendaItems)
      .values({
        jurisdictionId: jid,
        sessionId,
        position,
        kind: input.kind,
        meeting: input.meeting,
        title: input.title,
        description: input.description ?? null,
        effect: input.effect ?? null,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const after = presentAgendaItem(row, []);
    await recordAudit(tx, ctx, {
      action: 'agenda_item.added',
      subjectType: 'agenda_item',
      subjectId: row.id,
      after,
    });
    return after;
  });
}

export async function updateAgendaItem(
  db: Db,
  ctx: AuditContext,
  jid: string,
  id: string,
  patch: z.infer<typeof agendaItemPatchSchema>,
): Promise<AgendaItem> {
  return db.transaction(async (tx) => {
    const before = await itemOf(tx, jid, id);
    if (before.version !== patch.version) throw new AppError('STALE_VERSION', { current: before.version });
    await lockSession(tx, jid, before.sessionId);
    if (patch.position !== undefined && patch.position !== before.position) {
      const [{ n } = { n: 0 }] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(agendaItems)
        .where(eq(agendaItems.sessionId, before.sessionId));
      const to = Math.min(patch.position, n);
      // move the others out of the way, then into place
      const lo = Math.min(before.position, to);
      const hi = Math.max(before.position, to);
      const shift = to < before.position ? 1 : -1;
      await tx
        .update(agendaItems)
        .set({ position: sql`${agendaItems.position} + ${shift}` })
        .where(
          and(
            eq(agendaItems.sessionId, before.sessionId),
            sql`${agendaItems.position} between ${lo} and ${hi}`,
            sql`${agendaItems.id} <> ${id}`,
          ),
        );
      await tx.update(agendaItems).set({ position: to }).where(eq(agendaItems.id, id));
    }
    const set: { title?: string; description?: string | null } = {};
    if (patch.title !== undefined) set.title = patch.title;
    if (patch.description !== undefined) set.description = patch.description;
    await tx
      .update(agendaItems)
      .set({ ...set, version: before.version + 1 })
      .where(eq(agendaItems.id, id));
    const after = await itemOf(tx, jid, id);
    await recordAudit(tx, ctx, {
      action: 'agenda_item.updated',
      subjectType: 'agenda_item',
      subjectId: id,
      before,
      after,
    });
    return after;
  });
}

export async function attachDocument(
  db: Db,
  ctx: AuditContext,
  jid: string,
  itemId: string,
  input: z.infer<typeof agendaDocumentInputSchema>,
): Promise<AgendaItem['documents'][number]> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0 || bytes.length > MAX_DOCUMENT_BYTES)
    throw new AppError('VALIDATION_FAILED', [
      { path: 'contentBase64', message: 'empty or larger than 700 kB' },
    ]);
  const magic = MAGIC[input.mediaType];
  if (magic && !magic.every((b, i) => bytes[i] === b))
    throw new AppError('VALIDATION_FAILED', [
      { path: 'mediaType', message: `the file is not ${input.mediaType}` },
    ]);
  if (input.mediaType === 'text/plain' && !isUtf8Text(bytes))
    throw new AppError('VALIDATION_FAILED', [{ path: 'mediaType', message: 'the text is not UTF-8' }]);
  return db.transaction(async (tx) => {
    const item = await getAgendaItem(tx, jid, itemId);
    if (!item) throw new AppError('NOT_FOUND');
    const [row] = await tx
      .insert(agendaDocuments)
      .values({
        jurisdictionId: jid,
        itemId,
        title: input.title,
        fileName: input.fileName,
        mediaType: input.mediaType,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        content: input.contentBase64,
        uploadedBy: ctx.actorId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const after = presentDocument(row);
    await recordAudit(tx, ctx, {
      action: 'agenda_document.attached',
      subjectType: 'agenda_item',
      subjectId: itemId,
      after,
    });
    return after;
  });
}

function isUtf8Text(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
