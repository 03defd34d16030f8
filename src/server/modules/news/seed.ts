import type { DemoSeed } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { renderBody } from './render-body';
import { newsComments, newsPosts, newsReactions, newsReads } from './schema';

const DAY = 86_400_000;

const policyIt = `## Cosa cambia
Dal 1° del mese la **nuova policy sull'uso dei social** vale per tutti: puoi parlare del tuo lavoro in Aurora, con le tue parole, ricordando sempre di dire che lavori qui.

- Non pubblicare foto delle linee senza autorizzazione
- Non condividere dati di clienti o fornitori
- In caso di dubbio, scrivi a comunicazione@aurora.example`;
const policyEn = `## What changes
From the 1st of the month the **new social media policy** applies to everyone: you can talk about your work at Aurora in your own words, always saying that you work here.

- Do not post pictures of the lines without permission
- Do not share customer or supplier data
- When in doubt, write to comunicazione@aurora.example`;

/** A must-read policy acknowledged by about 70 % of the company, a leadership message and a product brief. */
export async function seedNews(_platform: Platform, demo: DemoSeed): Promise<void> {
  const { db, orgId, now, random } = demo;
  const editor = demo.people.find((p) => p.login === 'editor');
  const ceo = demo.people.find((p) => !p.managerId) ?? editor;
  const active = demo.people.filter((p) => p.status === 'active');
  const at = (days: number) => new Date(now.getTime() - days * DAY);
  const post = (v: Partial<typeof newsPosts.$inferInsert> & { bodyIt: string; bodyEn: string }) => ({
    orgId,
    status: 'published' as const,
    htmlIt: renderBody(v.bodyIt),
    htmlEn: renderBody(v.bodyEn),
    createdBy: editor?.id ?? null,
    ...v,
  });
  const [policy, letter, brief] = await db
    .insert(newsPosts)
    .values([
      post({
        kind: 'news',
        titleIt: 'Nuova policy sui social: da leggere e confermare',
        titleEn: 'New social media policy: please read and confirm',
        bodyIt: policyIt,
        bodyEn: policyEn,
        mustRead: true,
        dueOn: new Date(now.getTime() + 7 * DAY).toISOString().slice(0, 10),
        publishedAt: at(10),
        remindedAt: at(3),
      }),
      post({
        kind: 'leadership',
        titleIt: 'Un anno di Aurora: grazie a tutti',
        titleEn: 'A year at Aurora: thank you all',
        bodyIt:
          'Care colleghe e cari colleghi,\n\nabbiamo chiuso un anno importante: **due nuove linee a Parma**, il magazzino di Piacenza rinnovato e tanti nuovi colleghi. Nei prossimi mesi vi chiederemo spesso cosa ne pensate: rispondete, leggiamo tutto.',
        bodyEn:
          'Dear colleagues,\n\nwe closed an important year: **two new lines in Parma**, the renewed Piacenza warehouse and many new colleagues. In the coming months we will often ask what you think: please answer, we read everything.',
        createdBy: ceo?.id ?? null,
        publishedAt: at(20),
      }),
      post({
        kind: 'product_brief',
        titleIt: 'Scheda prodotto: la nuova linea integrale',
        titleEn: 'Product brief: the new wholegrain range',
        bodyIt:
          '### Per chi parla con i clienti\n- Farina 100 % italiana\n- Trafilata al bronzo\n- In vendita da settembre nella GDO',
        bodyEn: '### For customer-facing staff\n- 100 % Italian flour\n- Bronze-drawn\n- On sale from September in supermarkets',
        targetAll: true,
        publishedAt: at(5),
      }),
    ])
    .returning();
  const readers = active.filter((p) => p.login !== 'employee' && p.login !== 'employeeEn');
  const reads: (typeof newsReads.$inferInsert)[] = [];
  for (const p of readers) {
    // About 70 % acknowledged the policy, a few more only opened it.
    const roll = random.next();
    if (roll < 0.7)
      reads.push({
        orgId,
        postId: policy.id,
        personId: p.id,
        readAt: at(random.int(1, 9)),
        acknowledgedAt: at(random.int(0, 8)),
      });
    else if (roll < 0.8) reads.push({ orgId, postId: policy.id, personId: p.id, readAt: at(random.int(1, 9)) });
    if (random.chance(0.6)) reads.push({ orgId, postId: letter.id, personId: p.id, readAt: at(random.int(1, 19)) });
    if (random.chance(0.4)) reads.push({ orgId, postId: brief.id, personId: p.id, readAt: at(random.int(0, 4)) });
  }
  for (let i = 0; i < reads.length; i += 500) await db.insert(newsReads).values(reads.slice(i, i + 500));
  const fans = readers.filter(() => random.chance(0.2));
  if (fans.length)
    await db.insert(newsReactions).values(
      fans.map((p) => ({
        orgId,
        postId: letter.id,
        personId: p.id,
        kind: random.pick(['like', 'celebrate', 'support'] as const),
      })),
    );
  const commenters = readers.slice(0, 3);
  await db.insert(newsComments).values([
    {
      orgId,
      postId: letter.id,
      personId: commenters[0]?.id,
      body: 'Grazie a voi! Le nuove linee sono un orgoglio per tutto il reparto.',
      createdAt: at(18),
    },
    {
      orgId,
      postId: letter.id,
      personId: commenters[1]?.id,
      body: 'Bello leggerlo anche in inglese, thanks!',
      createdAt: at(17),
    },
    {
      orgId,
      postId: brief.id,
      personId: commenters[2]?.id,
      body: 'Ci sono già dei campioni da portare ai clienti?',
      createdAt: at(3),
    },
  ]);
}
