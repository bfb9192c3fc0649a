import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireActor } from '../../authz/authorize.ts';
import type { AppEnv } from '../../http/context.ts';
import { errorResponses, IdParams } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { type DocumentFormat, planDocumentFor, type RenderedDocument, render } from './service.ts';

const tags = ['documents'];
const FormatQuery = z.object({ format: z.enum(['docx', 'pdf']) });
const fileResponse = {
  200: {
    description: 'The document file',
    content: {
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
        schema: z.string().openapi({ format: 'binary' }),
      },
      'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
    },
  },
};

/** RFC 5987: an ASCII fallback name plus the exact Vietnamese name in UTF-8. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function fileBody(file: RenderedDocument) {
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: {
      'content-type': file.contentType,
      'content-disposition': contentDisposition(file.fileName),
      'cache-control': 'private, no-store',
    },
  });
}

export const documentRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  createRoute({
    method: 'get',
    path: '/plans/{id}/document',
    tags,
    summary: 'The annual plan as a Word or PDF document in party format',
    request: { params: IdParams, query: FormatQuery },
    responses: { ...fileResponse, ...errorResponses },
  }),
  async (c) => {
    const doc = await planDocumentFor(
      c.get('database').db,
      requireActor(c.get('actor')),
      c.req.valid('param').id,
    );
    return fileBody(await render(doc, c.req.valid('query').format as DocumentFormat));
  },
);
