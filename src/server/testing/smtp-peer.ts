import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type SmtpPeer = { url: string; received: ParsedMail[]; close(): Promise<void> };

/**
 * A real SMTP server on a random local port that parses and keeps every message it receives: point a test platform
 * at it (`createTestPlatform({ smtpUrl: peer.url })`) to read what a person would find in their mailbox — the only
 * place a password-reset link can be read.
 */
export async function startSmtpPeer(): Promise<SmtpPeer> {
  const received: ParsedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((m) => received.push(m))
        .then(() => done(), done);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

/** The text of the newest message the peer received for an address (empty when none). */
export function lastMailTo(peer: SmtpPeer, to: string): string {
  const mine = peer.received.filter((m) => (m.to && !Array.isArray(m.to) ? m.to.text : '') === to);
  return mine.at(-1)?.text ?? '';
}
