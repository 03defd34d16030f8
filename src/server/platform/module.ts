import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Auth } from '../modules/auth/better-auth';
import type { Tx } from './db/client';
import type { AppEnv } from './http/types';
import type { JobDef } from './jobs';
import type { Role } from './permissions';
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
  /** What an operator should see on /readyz under the module's name (counters, last errors); cheap, synchronous. */
  health?: (platform: Platform) => Record<string, unknown>;
  /**
   * Adds the module's demo data to the freshly seeded demo organisation (first start, `SEED_DEMO=auto`). Runs after
   * the core seed (people, posts, shares, clicks) in module order, in the seed's transaction; deterministic (use
   * `demo.random`, never Math.random, so every first start seeds the same company). Never queue jobs or mail from a
   * seed: on PGlite a query outside the open transaction waits for it to end (a deadlock); write rows in their final
   * state (sent e-mails as sent, past jobs as done) instead.
   */
  seed?: (platform: Platform, demo: DemoSeed) => Promise<void>;
};

/** A person of the demo organisation as the core seed created them. `login`: one of the printed demo logins. */
export type DemoPerson = {
  id: string;
  name: string;
  email: string;
  department: string;
  site: string;
  jobTitle: string;
  jobFamily: string;
  managerId: string | null;
  locale: 'it' | 'en';
  hireDate: string;
  status: 'pending' | 'invited' | 'active' | 'inactive';
  roles: Role[];
  login?: 'admin' | 'editor' | 'hr' | 'manager' | 'employee' | 'employeeEn';
};

/** What module seeds receive: the demo organisation, its people, "now" and the seed's deterministic random source. */
export type DemoSeed = {
  orgId: string;
  /** The seed's transaction: write through it (operations get it as `ctx.db`, `inTx` then reuses it). */
  db: Tx;
  now: Date;
  people: DemoPerson[];
  random: {
    next(): number;
    int(min: number, max: number): number;
    pick<T>(xs: readonly T[]): T;
    chance(p: number): boolean;
    uuid(): string;
  };
};

export type FastPathHandler = (req: IncomingMessage, res: ServerResponse) => boolean;
