import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { type Ctx, systemCtx } from '../../platform/ctx';
import type { DemoPerson, DemoSeed } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { approveInTx } from './approve-story';
import { photoStorageKey } from './photos/photo-store';
import { stories, storyModeration, storyPhotos, storyTags } from './schema';
import { seedStoryShares } from './seed-shares';

const HOUR = 3_600_000;

/** A gradient picture drawn pixel by pixel (no external file): stands in for a phone photo. */
async function gradient(from: [number, number, number], to: [number, number, number]) {
  const w = 960;
  const h = 720;
  const px = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const f = (x / w + y / h) / 2;
      for (let c = 0; c < 3; c++) px[(y * w + x) * 3 + c] = Math.round(from[c] + (to[c] - from[c]) * f);
    }
  return sharp(px, { raw: { width: w, height: h, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

type Demo = {
  author: DemoPerson;
  body: string;
  tags: DemoPerson[];
  hoursAgo: number;
  colours: [number, number, number][];
  event?: boolean;
};

async function addStory(ctx: Ctx, demo: DemoSeed, d: Demo, eventId: string | null) {
  const submittedAt = new Date(demo.now.getTime() - d.hoursAgo * HOUR);
  const [row] = await demo.db
    .insert(stories)
    .values({
      orgId: demo.orgId,
      authorId: d.author.id,
      locale: d.author.locale,
      body: d.body,
      eventId: d.event ? eventId : null,
      consentAt: submittedAt,
      submittedAt,
      createdAt: submittedAt,
    })
    .returning({ id: stories.id });
  for (const [position, c] of d.colours.entries()) {
    const bytes = await gradient(c, [255 - c[0], 255 - c[1], 200]);
    const key = `${demo.random.uuid()}.jpg`;
    await ctx.platform.storage.put(photoStorageKey(demo.orgId, key), new Uint8Array(bytes), 'image/jpeg');
    await demo.db.insert(storyPhotos).values({
      orgId: demo.orgId,
      storyId: row.id,
      uploaderId: d.author.id,
      key,
      width: 960,
      height: 720,
      bytes: bytes.byteLength,
      position,
    });
  }
  if (d.tags.length)
    await demo.db.insert(storyTags).values(d.tags.map((p) => ({ orgId: demo.orgId, storyId: row.id, personId: p.id })));
  await demo.db
    .insert(storyModeration)
    .values({ orgId: demo.orgId, storyId: row.id, actorId: d.author.id, action: 'submitted', createdAt: submittedAt });
  return row.id;
}

/** Three approved stories (two tell last month's plant visit, if the events seed made one), one pending, one sent back. */
export async function seedStories(platform: Platform, demo: DemoSeed): Promise<void> {
  const editor = demo.people.find((p) => p.login === 'editor');
  const active = demo.people.filter((p) => p.status === 'active' && !p.login);
  const employee = demo.people.find((p) => p.login === 'employee') ?? active[0];
  const employeeEn = demo.people.find((p) => p.login === 'employeeEn') ?? active[1];
  if (!editor || !employee || !employeeEn || active.length < 6) return;
  const ctx: Ctx = { ...systemCtx(platform, demo.orgId), db: demo.db };
  const found = await demo.db.execute<{ id: string }>(
    sql`select id from events where org_id = ${demo.orgId} and type = 'plant_visit' and starts_at < ${demo.now} order by starts_at desc limit 1`,
  );
  const eventId = found.rows[0]?.id ?? null;
  const [a, b, c, d] = active;
  const approved: Demo[] = [
    {
      author: a,
      body: 'Oggi ho visto la linea di Cremona per la prima volta: orgoglioso di lavorare con persone così!',
      tags: [b],
      hoursAgo: 24 * 20,
      colours: [
        [30, 90, 160],
        [200, 120, 40],
      ],
      event: true,
    },
    {
      author: c,
      body: 'Visita allo stabilimento: grazie al turno di notte per averci spiegato tutto con pazienza.',
      tags: [],
      hoursAgo: 24 * 19,
      colours: [[20, 130, 90]],
      event: true,
    },
    {
      author: employeeEn,
      body: 'Job swap day in logistics: I finally understand where our orders go after I click “send”.',
      tags: [d],
      hoursAgo: 24 * 6,
      colours: [[120, 40, 140]],
    },
  ];
  for (const [i, s] of approved.entries()) {
    const id = await addStory(ctx, demo, s, eventId);
    const mod: Ctx = {
      ...ctx,
      actor: { personId: editor.id, userId: null, name: editor.name, email: editor.email, roles: editor.roles, locale: 'it' },
    };
    await approveInTx(mod, { id, captions: [], targeting: { all: true, departments: [], sites: [] } }, false);
    // Decided a few hours after submission, so the time-to-moderation measure has something to show.
    await demo.db.execute(
      sql`update story_moderation set created_at = ${new Date(demo.now.getTime() - (approved[i].hoursAgo - 3 - i) * HOUR)} where story_id = ${id} and action = 'approved'`,
    );
  }
  await addStory(
    ctx,
    demo,
    {
      author: employee,
      body: 'Il nostro reparto ha festeggiato i 1000 giorni senza infortuni. Una foto di gruppo!',
      tags: [a],
      hoursAgo: 5,
      colours: [[220, 60, 60]],
    },
    eventId,
  );
  const back = await addStory(
    ctx,
    demo,
    { author: employee, body: 'Foto del nuovo magazzino automatico', tags: [], hoursAgo: 48, colours: [[60, 60, 60]] },
    eventId,
  );
  const note = 'Bella foto! Puoi aggiungere due righe su cosa fa il magazzino e chi ci lavora?';
  await demo.db.execute(
    sql`update stories set status = 'changes_requested', moderator_note = ${note}, decided_by = ${editor.id}, decided_at = ${demo.now} where id = ${back}`,
  );
  await demo.db
    .insert(storyModeration)
    .values({ orgId: demo.orgId, storyId: back, actorId: editor.id, action: 'changes_requested', note });
  await seedStoryShares(demo);
}
