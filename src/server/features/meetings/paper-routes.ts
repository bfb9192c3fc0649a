import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../http/app-error.ts';
import type { AppEnv } from '../../http/context.ts';
import { contentDisposition } from '../../http/download.ts';
import { errorResponses, IdParams, jsonResponse, LocalDateSchema } from '../../http/schemas.ts';
import { validationHook } from '../../http/validation.ts';
import { ATTACHMENT_LIMITS } from '../preparation/index.ts';
import { getPaperMinutes, recordPaperMeeting } from './paper.ts';
import { MeetingSchema } from './presenter.ts';
import { actor, db, tags, view } from './route-kit.ts';

const PaperMeetingForm = z
  .object({
    heldOn: LocalDateSchema,
    present: z.coerce.number().int().min(0).max(10_000),
    file: z.any().openapi({
      type: 'string',
      format: 'binary',
      description: 'The signed minutes: PDF, Word or image, ≤ 10 MB',
    }),
  })
  .openapi('PaperMeetingForm');

/** A past meeting held on paper, entered with its signed minutes (paper.ts), and those minutes to download. */
export const paperRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

paperRoutes.use(
  '/topics/:id/paper-meeting',
  bodyLimit({
    // The file plus the multipart envelope around it.
    maxSize: ATTACHMENT_LIMITS.fileBytes + 64 * 1024,
    onError: () => {
      throw new AppError('VALIDATION_FAILED', { file: 'ATTACHMENT_TOO_LARGE' });
    },
  }),
);

paperRoutes
  .openapi(
    createRoute({
      method: 'post',
      path: '/topics/{id}/paper-meeting',
      tags,
      summary:
        'Enter a past meeting on the topic held on paper, with its signed minutes and the number present',
      request: {
        params: IdParams,
        body: { required: true, content: { 'multipart/form-data': { schema: PaperMeetingForm } } },
      },
      responses: {
        201: jsonResponse(MeetingSchema, 'The meeting, recorded as held on paper'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { heldOn, present, file } = c.req.valid('form');
      if (!(file instanceof File))
        throw new AppError('VALIDATION_FAILED', { file: 'MEETING_PAPER_MINUTES_REQUIRED' });
      const id = await recordPaperMeeting(db(c), actor(c), c.req.valid('param').id, {
        heldOn,
        present,
        file,
      });
      return c.json(await view(c, id), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/meetings/{id}/paper-minutes',
      tags,
      summary: 'Download the signed minutes of a meeting held on paper',
      request: { params: IdParams },
      responses: {
        200: {
          description: 'The file',
          content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const file = await getPaperMinutes(db(c), actor(c), c.req.valid('param').id);
      return new Response(new Uint8Array(file.content), {
        status: 200,
        headers: {
          'content-type': file.content_type,
          'content-disposition': contentDisposition(file.file_name),
          'cache-control': 'private, no-store',
          'x-content-type-options': 'nosniff',
        },
      });
    },
  );
