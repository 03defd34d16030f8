import pino from 'pino';

export function createLogger(level: string) {
  return pino({ level, base: { app: 'voce' }, redact: ['req.headers.cookie', 'req.headers.authorization', 'password'] });
}
