import { z } from 'zod';

// All configuration is read here, once, from the environment and passed down explicitly.
const envSchema = z.object({
  PORT: z.coerce.number().int().positive().default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  SECRET: z.string().min(32).optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Voce <no-reply@voce.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  VOCE_ROLE: z.enum(['all', 'web', 'worker']).default('all'),
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false'),
});

export type Config = {
  port: number;
  host: string;
  publicUrl: string;
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
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = envSchema.parse(env);
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL || undefined,
    secret: e.SECRET,
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    role: e.VOCE_ROLE,
    seedDemo: e.SEED_DEMO === 'auto',
    trustProxy: e.TRUST_PROXY === 'true' || e.TRUST_PROXY === '1',
  };
}
