import type { Kysely, Transaction } from 'kysely';
import type { DB } from '#db/schema.ts';
import { todayInVietnam } from '#domain/dates/local-date.ts';
import { letterheadData } from '../orgs/index.ts';
import { secretaryNameOn } from '../roles/index.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** The unit issuing a document and the body above it, as the letterhead names them. */
export const letterhead = (db: Q, unitId: string) => letterheadData(db, unitId);

/** The secretary in office today, who signs for the cell. */
export const currentSecretary = (db: Q, unitId: string) => secretaryNameOn(db, unitId, todayInVietnam());

/** The secretary in office on a day (the day a document was sent), who signed it for the cell. */
export const secretaryOn = (db: Q, unitId: string, day: string) => secretaryNameOn(db, unitId, day);

/** The local day of an instant, as documents date things. */
export const dayOf = (instant: string | null) => (instant ? todayInVietnam(new Date(instant)) : null);
