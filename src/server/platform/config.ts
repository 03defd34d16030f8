import { z } from 'zod';

// All configuration is read here, once, from the environment and passed down explicitly.
const envSchema = z.object({
  PORT: z.coerce.number().int().positive().default(3000),
  HOST: z.string().default('0.0.0.0'),
  // Empty counts as not set (a blank line in an .env file).
  PUBLIC_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  SECRET: z.string().min(32).optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Voce <no-reply@voce.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  VOCE_ROLE: z.enum(['all', 'web', 'worker']).default('all'),
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false'),
  // PostgreSQL pool limits in milliseconds, 0 = none (defaults and reasons in db/client.ts).
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(60_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(60_000),
  // Raw clicks are kept this long (at least a day: the hour's de-duplication reads them); daily rollups stay for ever.
  CLICK_RETENTION_DAYS: z.coerce.number().int().min(1).default(90),
  // Retention of other personal data, in days (what each one covers: RetentionDays below).
  IMPORT_RETENTION_DAYS: z.coerce.number().int().min(0).default(1),
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(0).default(30),
  TOKEN_RETENTION_DAYS: z.coerce.number().int().min(0).default(7),
});

export type Config = {
  port: number;
  host: string;
  publicUrl: string;
  /** false: PUBLIC_URL was not set and publicUrl is the localhost default (see publicUrlProblem). */
  publicUrlConfigured?: boolean;
  dataDir: string;
  databaseUrl?: string;
  /** Missing in embedded mode: generated once and kept in the data folder. */
  secret?: string;
  smtpUrl?: string;
  mailFrom: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  role: 'all' | 'web' | 'worker';
  seedDemo: boolean;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (never stored, only hashed). */
  trustProxy: boolean;
  /** The job queue's schema; 'pgboss' unless tests sharing one PostgreSQL need a queue each. */
  jobsSchema?: string;
  /** false: cron sweeps are never fired by the clock (test platforms run sweeps by hand). */
  scheduleJobs?: boolean;
  /** PostgreSQL pool limits (db/client.ts defaultDbTimeouts when absent). */
  dbTimeouts?: { connectMs: number; statementMs: number; idleInTransactionMs: number };
  /** Days raw clicks are kept (90 when absent); the daily rollup keeps the history. */
  clickRetentionDays?: number;
  /** Days other personal data is kept (platform/retention.ts defaults when absent); tests set their own. */
  retentionDays?: Partial<RetentionDays>;
  /** Failed sign-ins tolerated per window (defaults and their reasons in auth/login-limits.ts); tests lower them. */
  signInLimits?: Partial<SignInLimits>;
};

export type SignInLimits = {
  /** Per (account, client address), per 15 minutes; a successful sign-in resets it. */
  perAccountAndClient: number;
  /** Per client address, per day, over all accounts. */
  perClient: number;
  /** Per account, per day, over all client addresses. */
  perAccount: number;
};

/** How long personal data nobody needs any more is kept; the sweeps are in the owning modules' jobs.ts. */
export type RetentionDays = {
  /** Rows of a finished (done or failed) CSV import, after it finished; its counts and errors stay. */
  imports: number;
  /** Text and HTML of an e-mail no longer waiting to be sent, after it was written; to, subject, status, dates stay. */
  outbox: number;
  /** Invitations used or expired this long ago (until then their link still answers "used" or "expired"). */
  tokens: number;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = envSchema.parse(env);
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    publicUrlConfigured: !!e.PUBLIC_URL,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL || undefined,
    secret: e.SECRET,
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    role: e.VOCE_ROLE,
    seedDemo: e.SEED_DEMO === 'auto',
    trustProxy: e.TRUST_PROXY === 'true' || e.TRUST_PROXY === '1',
    dbTimeouts: {
      connectMs: e.DB_CONNECT_TIMEOUT_MS,
      statementMs: e.DB_STATEMENT_TIMEOUT_MS,
      idleInTransactionMs: e.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    clickRetentionDays: e.CLICK_RETENTION_DAYS,
    retentionDays: { imports: e.IMPORT_RETENTION_DAYS, outbox: e.OUTBOX_RETENTION_DAYS, tokens: e.TOKEN_RETENTION_DAYS },
  };
}

/**
 * Every link Voce sends (tracked links, invitations, password resets) starts with PUBLIC_URL, never with the address a
 * request came in on: a forged Host header would otherwise put an attacker's address into a reset e-mail. Without it
 * the links say localhost and are dead for everyone else. On PostgreSQL (a shared, real deployment) starting without
 * it is refused; the embedded default (tried on one's own machine first) starts with a warning, and admins see a
 * banner in the app when they open it at another address.
 */
export function publicUrlProblem(config: Config): { refuse: string } | { warn: string } | null {
  if (config.publicUrlConfigured !== false) return null;
  const example = 'PUBLIC_URL=https://voce.example.com';
  if (config.databaseUrl)
    return {
      refuse:
        `PUBLIC_URL is required when DATABASE_URL is set: links in shares, invitations and password resets are built ` +
        `from it. Set it to the address people open Voce at, e.g. ${example}`,
    };
  return {
    warn:
      `PUBLIC_URL is not set: links in shares, invitations and password resets will point to ${config.publicUrl}, ` +
      `which works only on this computer. Set it to the address people open Voce at, e.g. ${example}`,
  };
}
