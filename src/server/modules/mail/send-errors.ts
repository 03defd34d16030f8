/**
 * Whether a failed send may be tried again without risking a second copy in the recipient's mailbox. Only when the
 * message certainly did not get through: the server answered with a refusal (4xx: later; 5xx: never), or the
 * connection was never made. A connection lost or timed out during the conversation may have happened after the
 * server took the message (the window between the end of the data and its reply): not retried, the message is marked
 * failed and the person can send it again knowingly. Error shapes are nodemailer's (smtp-connection).
 */
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const BEFORE_CONVERSATION = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT']);

type SmtpError = { responseCode?: unknown; code?: unknown; originalCode?: unknown; timeoutType?: unknown };

export function mayRetrySend(err: unknown): boolean {
  const e = (err ?? {}) as SmtpError;
  if (typeof e.responseCode === 'number') return e.responseCode < 500;
  if (typeof e.timeoutType === 'string') return BEFORE_CONVERSATION.has(e.timeoutType);
  if (typeof e.originalCode === 'string' && NEVER_CONNECTED.has(e.originalCode)) return true;
  // DNS lookup, or credentials missing before anything was sent.
  return e.code === 'EDNS' || e.code === 'EAUTH';
}
