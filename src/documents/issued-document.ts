import { z } from 'zod';
import type { Block, PartyDocument } from './party-document.ts';

/**
 * The stored form of an issued report (decision 005): the `PartyDocument` as it was issued, with the version of
 * the document model it was written in. A report issued today must render the same after the model changes:
 * a later version adds a case here that reads the older ones, and renderers only ever see the current model.
 */
export const ISSUED_DOCUMENT_VERSION = 1;

const BlockSchema: z.ZodType<Block> = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('paragraph'),
    text: z.string(),
    bold: z.boolean().optional(),
    italics: z.boolean().optional(),
    align: z.enum(['left', 'center', 'justify']).optional(),
    indent: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('heading'), text: z.string() }),
  z.object({ kind: z.literal('dotted') }),
  z.object({
    kind: z.literal('table'),
    widths: z.array(z.number()),
    header: z.array(z.string()),
    rows: z.array(z.object({ cells: z.array(z.string()), spanning: z.boolean().optional() })),
  }),
]);

const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const PartyDocumentV1 = z.object({
  // Reports issued before the version was recorded are version 1: the model had not changed yet.
  version: z.literal(1).default(1),
  fileName: z.string(),
  header: z.object({
    parentBody: z.string().nullable(),
    issuingBody: z.string(),
    number: z.string(),
    subject: z.string().optional(),
    place: z.string(),
    date: LocalDate.nullable(),
  }),
  type: z.string(),
  summary: z.string(),
  body: z.array(BlockSchema),
  signature: z.object({ authority: z.string().nullable(), title: z.string(), name: z.string().nullable() }),
  cosigner: z.object({ title: z.string(), name: z.string().nullable() }).optional(),
  recipients: z.array(z.string()),
});

/** Reads a stored issued document, whatever version it was written in, as the current model. */
export function parseIssuedDocument(json: string): PartyDocument {
  const { version: _version, ...doc } = PartyDocumentV1.parse(JSON.parse(json));
  return doc;
}

/** The stored form of a document being issued now. */
export function issuedDocumentJson(doc: PartyDocument): string {
  return JSON.stringify({ version: ISSUED_DOCUMENT_VERSION, ...doc });
}
