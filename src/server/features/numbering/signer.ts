import type { Kysely, Transaction } from 'kysely';
import { newId, nowIso, nowIsoAfter } from '#db/ids.ts';
import type { DB } from '#db/schema.ts';
import { type Actor, isAllowed } from '#domain/authz/policy.ts';
import {
  committeeSignature,
  SIGNER_AUTHORITIES,
  SIGNER_TITLES,
  type SignatureLines,
  type SignerAuthority,
  type SignerSetting,
  type SignerTitle,
  signerInForce,
} from '#domain/documents/document-signer.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { authorize } from '../../authz/authorize.ts';
import { AppError } from '../../http/app-error.ts';
import { getUnit } from '../orgs/index.ts';
import * as store from './store.ts';

type Q = Kysely<DB> | Transaction<DB>;

const isAuthority = (v: string): v is SignerAuthority =>
  (SIGNER_AUTHORITIES as readonly string[]).includes(v);
const isTitle = (v: string): v is SignerTitle => (SIGNER_TITLES as readonly string[]).includes(v);

async function settingsOf(db: Q, unitId: string): Promise<SignerSetting[]> {
  const rows = await store.listSigners(db, unitId);
  return rows.flatMap((r) =>
    isAuthority(r.authority) && isTitle(r.title)
      ? [{ authority: r.authority, title: r.title, name: r.name, setAt: r.set_at }]
      : [],
  );
}

/**
 * The signature block of a committee's document issued at `issuedAt` (default: now, for a document issued or
 * previewed today): the setting in force then, else the blank line for the handwritten name.
 */
export async function committeeSignatureAt(
  db: Q,
  unitId: string,
  issuedAt = nowIso(),
): Promise<SignatureLines> {
  return committeeSignature(signerInForce(await settingsOf(db, unitId), issuedAt));
}

/** A committee's signer as set now (null: none yet), and whether the actor may change it. */
export async function getDocumentSigner(db: Kysely<DB>, actor: Actor, unitId: string) {
  const chain = await authorize(db, actor, 'org.read', unitId);
  const unit = await getUnit(db, unitId);
  const settings = unit.kind === 'committee' ? await settingsOf(db, unitId) : [];
  const current = settings.at(-1) ?? null;
  return {
    signer: current
      ? { authority: current.authority, title: current.title, name: current.name, setAt: current.setAt }
      : null,
    signature: committeeSignature(current),
    canEdit: unit.kind === 'committee' && isAllowed(actor, 'document_signer.set', chain),
  };
}

/** Sets who signs the committee's documents from now on (audited); documents already issued keep theirs. */
export async function setDocumentSigner(
  db: Kysely<DB>,
  actor: Actor,
  unitId: string,
  input: { authority: SignerAuthority; title: SignerTitle; name: string },
) {
  await db.transaction().execute(async (trx) => {
    await authorize(trx, actor, 'document_signer.set', unitId);
    const unit = await getUnit(trx, unitId);
    if (unit.kind !== 'committee') throw new AppError('DOCUMENT_SIGNER_NOT_COMMITTEE');
    const before = (await settingsOf(trx, unitId)).at(-1) ?? null;
    const setAt = before ? nowIsoAfter(before.setAt) : nowIso();
    const id = newId();
    await store.insertSigner(trx, { id, unitId, ...input, setBy: actor.personId ?? null, setAt });
    await recordAudit(trx, actor, {
      action: 'document_signer.set',
      entityType: 'document_signer',
      entityId: id,
      unitId,
      before,
      after: { ...input, setAt },
    });
  });
  return getDocumentSigner(db, actor, unitId);
}
