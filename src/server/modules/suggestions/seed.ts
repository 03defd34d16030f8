import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DemoSeed } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { suggestionAuthors, suggestionMessages, suggestions, suggestionVotes } from './schema';
import { hashSecret, voterKey } from './secret';

const DAY = 86_400_000;
const dayOf = (now: Date, back: number) => new Date(now.getTime() - back * DAY).toISOString().slice(0, 10);

type Demo = {
  title: string;
  body: string;
  category: (typeof suggestions.$inferInsert)['category'];
  status: (typeof suggestions.$inferInsert)['status'];
  anonymous: boolean;
  daysAgo: number;
  reply?: string;
  authorReply?: string;
  reason?: string;
  outcome?: string;
};

const demos: Demo[] = [
  {
    title: 'Distributori d’acqua anche in magazzino',
    body: 'A Piacenza in estate in magazzino fa caldissimo e l’unico distributore è in palazzina uffici.',
    category: 'workplace',
    status: 'done',
    anonymous: false,
    daysAgo: 60,
    reply: 'Grazie, ne abbiamo parlato con la direzione di stabilimento.',
    outcome: 'Installati due distributori in magazzino a Piacenza a giugno.',
  },
  {
    title: 'Turni pubblicati con due settimane di anticipo',
    body: 'Sapere i turni solo il giovedì per la settimana dopo rende difficile organizzarsi con la famiglia.',
    category: 'process',
    status: 'planned',
    anonymous: true,
    daysAgo: 35,
    reply: 'Hai ragione: stiamo rivedendo la pianificazione con i capiturno, ti aggiorniamo qui.',
    authorReply: 'Grazie! Anche solo dieci giorni sarebbero già un grande aiuto.',
  },
  {
    title: 'Corso di inglese per il commerciale',
    body: 'Molti clienti esteri scrivono in inglese e non tutti ci sentiamo sicuri.',
    category: 'people',
    status: 'under_review',
    anonymous: false,
    daysAgo: 20,
    reply: 'Stiamo raccogliendo le adesioni con L&D.',
  },
  {
    title: 'Newsletter interna anche in inglese',
    body: 'I colleghi di Milano che non parlano italiano si perdono metà delle novità.',
    category: 'communication',
    status: 'done',
    anonymous: true,
    daysAgo: 90,
    reply: 'Ottima idea, la proviamo dal prossimo numero.',
    outcome: 'Da marzo ogni comunicazione interna esce in italiano e in inglese.',
  },
  {
    title: 'Parcheggio bici coperto a Parma',
    body: 'Chi viene in bici lascia la bici sotto la pioggia tutto il turno.',
    category: 'workplace',
    status: 'received',
    anonymous: true,
    daysAgo: 3,
  },
  {
    title: 'Premio mensile a chi consuma meno energia',
    body: 'Una gara tra le linee di produzione per ridurre i consumi.',
    category: 'process',
    status: 'declined',
    anonymous: false,
    daysAgo: 45,
    reply: 'Grazie per l’idea!',
    reason: 'Preferiamo obiettivi di reparto condivisi a una gara tra linee: la misura partirà con il piano energia.',
  },
  {
    title: 'Formato famiglia per i dipendenti',
    body: 'Potremmo avere uno spaccio aziendale con i formati grandi a prezzo ridotto.',
    category: 'product',
    status: 'received',
    anonymous: false,
    daysAgo: 1,
  },
];

/** Suggestions in every state, named and anonymous, with threads (the anonymous authors' secrets are not kept). */
export async function seedSuggestions(platform: Platform, demo: DemoSeed): Promise<void> {
  const { db, orgId, now, random } = demo;
  const active = demo.people.filter((p) => p.status === 'active' && !p.login);
  for (const d of demos) {
    const createdOn = dayOf(now, d.daysAgo);
    const replyOn = d.reply ? dayOf(now, Math.max(0, d.daysAgo - random.int(1, 4))) : null;
    const final = d.status === 'done' || d.status === 'declined';
    const [row] = await db
      .insert(suggestions)
      .values({
        orgId,
        category: d.category,
        title: d.title,
        body: d.body,
        anonymous: d.anonymous,
        secretHash: d.anonymous ? hashSecret(crypto.randomBytes(32).toString('base64url')) : null,
        status: d.status,
        reason: d.reason ?? null,
        outcome: d.outcome ?? null,
        createdOn,
        firstReplyOn: replyOn,
        closedOn: final ? dayOf(now, Math.max(0, d.daysAgo - 10)) : null,
        noticeAt: replyOn,
      })
      .returning();
    if (!d.anonymous)
      await db.insert(suggestionAuthors).values({ orgId, suggestionId: row.id, personId: random.pick(active).id });
    const messages = [
      ...(d.reply ? [{ side: 'staff' as const, body: d.reply }] : []),
      ...(d.authorReply ? [{ side: 'author' as const, body: d.authorReply }] : []),
    ];
    if (messages.length)
      await db.insert(suggestionMessages).values(
        messages.map((m, i) => ({
          orgId,
          suggestionId: row.id,
          seq: i + 1,
          side: m.side,
          body: m.body,
          on: replyOn ?? createdOn,
          clientId: random.uuid(),
        })),
      );
    const voters = active.filter(() => random.chance(0.12));
    if (voters.length) {
      await db
        .insert(suggestionVotes)
        .values(voters.map((p) => ({ orgId, suggestionId: row.id, voterKey: voterKey(platform, orgId, row.id, p.id) })));
      await db.update(suggestions).set({ votes: voters.length }).where(eq(suggestions.id, row.id));
    }
  }
}
