import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Auth } from '../modules/auth/better-auth';
import type { AppEnv } from './http/types';
import type { JobDef } from './jobs';
import type { Platform } from './platform';

/** What a domain module contributes to the process: routes and jobs. Listed once in src/server/modules.ts. */
export type Module = {
  name: string;
  routes?: (deps: { platform: Platform; auth: Auth }) => OpenAPIHono<AppEnv>;
  jobs?: JobDef[];
  /** Served before the web framework, for hot public paths (the click redirect). Return true if handled. */
  fastPath?: (platform: Platform) => FastPathHandler;
  /** Process lifecycle: start after migrations; stop drains before the database closes. */
  start?: (platform: Platform) => Promise<void>;
  stop?: (platform: Platform) => Promise<void>;
};

export type FastPathHandler = (req: IncomingMessage, res: ServerResponse) => boolean;
