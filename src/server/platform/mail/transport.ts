import nodemailer from 'nodemailer';

export type OutgoingMail = { from: string; to: string; subject: string; text: string; html: string };

/** Where e-mails go: a real SMTP server, or nowhere (kept in the in-app outbox). */
export type MailTransport = { kind: 'smtp' | 'outbox'; send(mail: OutgoingMail): Promise<'sent' | 'kept'> };

export type MailTransportConfig = { kind: 'smtp'; url: string } | { kind: 'outbox' };

export function createMailTransport(cfg: MailTransportConfig): MailTransport {
  switch (cfg.kind) {
    case 'smtp': {
      const transporter = nodemailer.createTransport(cfg.url);
      return {
        kind: 'smtp',
        async send(mail) {
          await transporter.sendMail(mail);
          return 'sent';
        },
      };
    }
    case 'outbox':
      return { kind: 'outbox', send: async () => 'kept' };
    default: {
      const unhandled: never = cfg;
      throw new Error(`unknown mail transport ${String(unhandled)}`);
    }
  }
}
