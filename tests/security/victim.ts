import crypto from 'node:crypto';
import { auditLog } from '../../src/server/modules/audit/schema';
import { invitations } from '../../src/server/modules/auth/schema';
import { postCaptions, posts, postTargets } from '../../src/server/modules/content/schema';
import { addRolledClicks } from '../../src/server/modules/links';
import { clicks, links } from '../../src/server/modules/links/schema';
import { mailMessages } from '../../src/server/modules/mail/schema';
import { peopleImports } from '../../src/server/modules/people/schema';
import { sharerProfiles, shares } from '../../src/server/modules/sharing/schema';
import { createOrg, createPerson } from '../../src/server/testing/fixtures';
import type { TestPlatform } from '../../src/server/testing/test-platform';
import { populateVictimAmbassadors } from './victim-ambassadors';
import { populateVictimEvents } from './victim-events';
import { populateVictimListening } from './victim-listening';
import { populateVictimRecruiting } from './victim-recruiting';
import { populateVictimStories } from './victim-stories';
import { populateVictimTraining } from './victim-training';

/** Text that must never reach another organisation: every victim row carries it somewhere. */
export const MARKER = `victim-${crypto.randomBytes(4).toString('hex')}`;

/** An organisation with a row in every tenant table, written directly so the check does not depend on the API under test. */
export async function populateVictim(tp: TestPlatform) {
  const org = await createOrg(tp, `Org ${MARKER}`);
  const manager = await createPerson(tp, org.id, {
    roles: ['manager'],
    name: `Manager ${MARKER}`,
    department: `Dept ${MARKER}`,
    site: `Site ${MARKER}`,
  });
  const admin = await createPerson(tp, org.id, { roles: ['admin', 'editor', 'hr'], name: `Admin ${MARKER}` });
  const employee = await createPerson(tp, org.id, {
    name: `Employee ${MARKER}`,
    managerId: manager.id,
    department: `Dept ${MARKER}`,
  });
  const pending = await createPerson(tp, org.id, { name: `Pending ${MARKER}`, login: false });
  const db = tp.platform.db;
  const orgId = org.id;
  const [post] = await db
    .insert(posts)
    .values({
      orgId,
      title: `Post ${MARKER}`,
      body: MARKER,
      url: `https://example.com/${MARKER}`,
      status: 'published',
      publishedAt: new Date(),
      targetAll: false,
      topics: [MARKER],
    })
    .returning();
  const [draft] = await db
    .insert(posts)
    .values({ orgId, title: `Draft ${MARKER}`, url: 'https://example.com/d', status: 'draft' })
    .returning();
  // Archived minutes ago: its archive can still be undone (POST /api/posts/{id}/restore), by its own organisation only.
  await db.insert(posts).values({
    orgId,
    title: `Archived ${MARKER}`,
    url: 'https://example.com/a',
    status: 'archived',
    archivedFrom: 'published',
    archivedAt: new Date(),
  });
  const [caption] = await db
    .insert(postCaptions)
    .values({ orgId, postId: post.id, locale: 'it', text: `Caption ${MARKER}` })
    .returning();
  await db.insert(postTargets).values({ orgId, postId: post.id, kind: 'department', value: `Dept ${MARKER}` });
  const [link] = await db
    .insert(links)
    .values({
      orgId,
      code: crypto.randomBytes(6).toString('hex'),
      destination: post.url,
      postId: post.id,
      personId: employee.id,
      network: 'linkedin',
      department: `Dept ${MARKER}`,
    })
    .returning();
  const at = new Date();
  const hour = new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
  await db.insert(clicks).values({ id: crypto.randomUUID(), orgId, linkId: link.id, at, hourBucket: hour, visitorHash: MARKER });
  // Counted at every grain dashboards read (click_daily and click_rollup).
  await addRolledClicks(db, [{ linkId: link.id, day: at.toISOString().slice(0, 10), clicks: 1 }]);
  await db.insert(shares).values({
    orgId,
    postId: post.id,
    personId: employee.id,
    network: 'linkedin',
    text: `Share ${MARKER}`,
    captionId: caption.id,
    linkId: link.id,
    distanceFromSuggestions: 0.5,
    personalised: true,
    department: `Dept ${MARKER}`,
  });
  await db.insert(sharerProfiles).values({ orgId, personId: employee.id, audience: { linkedin: 123 } });
  await db.insert(mailMessages).values({
    orgId,
    to: pending.email,
    subject: `Mail ${MARKER}`,
    text: MARKER,
    html: MARKER,
    template: 'invitation',
    status: 'kept',
  });
  await db.insert(auditLog).values({
    orgId,
    actorId: admin.id,
    actorName: `Admin ${MARKER}`,
    action: 'person.invited',
    targetType: 'person',
    targetId: pending.id,
    targetName: `Pending ${MARKER}`,
  });
  await db.insert(invitations).values({
    orgId,
    personId: pending.id,
    tokenHash: crypto.randomBytes(16).toString('hex'),
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  await db.insert(peopleImports).values({
    orgId,
    createdBy: admin.id,
    total: 1,
    valid: 1,
    rows: [{ row: 2, name: `Imported ${MARKER}`, email: `imported-${MARKER}@example.test` }],
    errors: [{ row: 3, email: `bad-${MARKER}`, code: 'invalid_email' }],
  });
  await populateVictimTraining(tp, { orgId, marker: MARKER, manager, employee, admin });
  await populateVictimAmbassadors(tp, { orgId, marker: MARKER, manager, employee, admin });
  await populateVictimEvents(tp, { orgId, marker: MARKER, manager, employee, admin });
  await populateVictimListening(tp, { orgId, marker: MARKER, manager, employee, admin });
  await populateVictimStories(tp, { orgId, marker: MARKER, manager, employee, admin });
  await populateVictimRecruiting(tp, { orgId, marker: MARKER, manager, employee, admin });
  return { org, manager, admin, employee, pending, post, draft };
}
