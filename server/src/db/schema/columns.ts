import { sql } from 'drizzle-orm';
import { date, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Column helpers every schema file shares. */
export const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
export const day = (name: string) => date(name, { mode: 'string' });
