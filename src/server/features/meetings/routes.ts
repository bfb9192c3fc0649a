import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/context.ts';
import { bookRoutes } from './book-routes.ts';
import { consoleRoutes } from './console-routes.ts';
import { delegateRoutes } from './delegates/routes.ts';
import { lifecycleRoutes } from './lifecycle-routes.ts';
import { meetingRoutes as oneMeetingRoutes } from './meeting-routes.ts';
import { minutesRoutes } from './minutes-routes.ts';
import { modelMeetingRoutes } from './model/routes.ts';
import { paperRoutes } from './paper-routes.ts';

/** Every meeting route, mounted in the order the API description lists them. */
export const meetingRoutes = new OpenAPIHono<AppEnv>()
  .route('/', bookRoutes)
  .route('/', oneMeetingRoutes)
  .route('/', consoleRoutes)
  .route('/', minutesRoutes)
  .route('/', lifecycleRoutes)
  .route('/', paperRoutes)
  .route('/', delegateRoutes)
  .route('/', modelMeetingRoutes);
