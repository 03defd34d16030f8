import crypto from 'node:crypto';
import { newCode } from '../modules/links/ensure-link';
import { distanceFromSuggestions, PERSONALISED_THRESHOLD, withDisclosure } from '../modules/sharing';
import type { SeedPerson } from './people';
import { personalTouches, type SeedPost } from './posts';
import { createRandom, type Random } from './random';

const DAY = 86_400_000;
const HOUR = 3_600_000;
type Network = 'linkedin' | 'x' | 'facebook' | 'whatsapp' | 'telegram' | 'email';
const networks: [Network, number][] = [
  ['linkedin', 55],
  ['whatsapp', 18],
  ['facebook', 10],
  ['x', 8],
  ['email', 5],
  ['telegram', 4],
];
const referrers: Record<Network, (string | null)[]> = {
  linkedin: ['www.linkedin.com', 'lnkd.in', 'www.linkedin.com', null],
  x: ['t.co', null],
  facebook: ['l.facebook.com', 'm.facebook.com'],
  whatsapp: [null],
  telegram: [null, 'web.telegram.org'],
  email: [null, 'mail.google.com', 'outlook.live.com'],
};
const audienceRange: Record<Network, [number, number] | null> = {
  linkedin: [150, 2500],
  x: [40, 900],
  facebook: [120, 900],
  whatsapp: [20, 250],
  telegram: [10, 120],
  email: null,
};

export type PublishedPost = SeedPost & {
  id: string;
  url: string;
  publishedAt: Date;
  captions: { id: string; locale: 'it' | 'en'; text: string }[];
};

/** 90 days of shares, tracked links, clicks (with the daily rollup) and sharer profiles, consistent with each other. */
export function buildHistory(
  rnd: Random,
  orgId: string,
  people: SeedPerson[],
  posts: PublishedPost[],
  disclosure: string,
  now: Date,
) {
  const visible = (p: SeedPerson, post: PublishedPost) =>
    (post.language ?? 'all') !== (p.locale === 'it' ? 'en' : 'it') &&
    (!post.targets?.length || post.targets.some((t) => (t.kind === 'department' ? p.department : p.site) === t.value));
  const pool = people.filter((p) => p.status === 'active' && !p.demo);
  const ambassadors = pool
    .filter(() => rnd.chance(0.5))
    .slice(0, 75)
    .map((p, i) => ({ p, weight: 1 / (i + 1) ** 0.9 }));
  const profiles = new Map<string, Partial<Record<Network, number>>>();
  for (const { p } of ambassadors) {
    if (!rnd.chance(0.6)) continue;
    const audience: Partial<Record<Network, number>> = {};
    for (const [n] of networks) {
      const r = audienceRange[n];
      if (r && rnd.chance(n === 'linkedin' ? 0.9 : 0.4)) audience[n] = rnd.int(r[0], r[1]);
    }
    profiles.set(p.id, audience);
  }

  const links = new Map<
    string,
    {
      id: string;
      orgId: string;
      code: string;
      destination: string;
      postId: string;
      personId: string;
      network: string;
      department: string;
      site: string;
      createdAt: Date;
    }
  >();
  const shares: Record<string, unknown>[] = [];
  const clicks: {
    id: string;
    orgId: string;
    linkId: string;
    at: Date;
    hourBucket: Date;
    visitorHash: string;
    referrerHost: string | null;
    deviceClass: 'mobile' | 'desktop' | 'tablet';
  }[] = [];
  const rollup = new Map<
    string,
    {
      orgId: string;
      day: string;
      linkId: string;
      postId: string;
      personId: string;
      network: string;
      department: string;
      site: string;
      clicks: number;
    }
  >();

  // "Did you post it?": most say yes within the day, some never answer, a few changed their mind. A random source of
  // its own, so the rest of the demo (who shares what, the clicks) stays what it was before shares were confirmed.
  const answers = createRandom(20260402);
  const answerOf = (at: Date) => {
    const status = answers.weighted([
      ['confirmed', 62],
      ['started', 28],
      ['not_yet', 4],
      ['cancelled', 6],
    ] as const);
    return {
      status,
      answeredAt: status === 'started' ? null : new Date(Math.min(now.getTime(), at.getTime() + answers.int(2, 20) * 60_000)),
    };
  };
  const share = (person: SeedPerson, post: PublishedPost, at: Date) => {
    const network = rnd.weighted(networks);
    const key = `${post.id}|${person.id}|${network}`;
    if (links.has(key) || at >= now) return;
    const captions = post.captions.filter((c) => c.locale === person.locale).length
      ? post.captions.filter((c) => c.locale === person.locale)
      : post.captions;
    if (!captions.length) return;
    const from = rnd.pick(captions);
    const touch = rnd.pick(personalTouches[person.locale]);
    const mode = rnd.weighted([
      ['same', 30],
      ['added', 45],
      ['own', 25],
    ] as const);
    const words =
      mode === 'same'
        ? from.text
        : mode === 'added'
          ? `${touch} ${from.text}`
          : person.locale === 'en'
            ? `${touch} ${post.english.title}: ${post.english.description}`
            : `${touch} ${post.title}: ${post.description}`;
    const text = withDisclosure(words, disclosure);
    const distance = distanceFromSuggestions(
      text,
      post.captions.map((c) => c.text),
      [disclosure],
    );
    const link = {
      id: crypto.randomUUID(),
      orgId,
      code: newCode(),
      destination: post.url,
      postId: post.id,
      personId: person.id,
      network,
      department: person.department,
      site: person.site,
      createdAt: at,
    };
    links.set(key, link);
    const audience = profiles.get(person.id)?.[network] ?? null;
    shares.push({
      orgId,
      postId: post.id,
      personId: person.id,
      network,
      text,
      captionId: mode === 'own' ? null : from.id,
      linkId: link.id,
      distanceFromSuggestions: distance,
      personalised: distance >= PERSONALISED_THRESHOLD,
      audienceSize: audience,
      department: person.department,
      site: person.site,
      ...answerOf(at),
      createdAt: at,
    });
    const expected = audience ? audience * 0.012 : 2.5;
    const n = Math.min(80, Math.floor(expected * (0.2 + rnd.next() * 1.6)));
    for (let i = 0; i < n; i++) {
      const clickAt = new Date(at.getTime() + Math.floor(-Math.log(1 - rnd.next()) * 20 * HOUR));
      if (clickAt >= now) continue;
      const hourBucket = new Date(Math.floor(clickAt.getTime() / HOUR) * HOUR);
      clicks.push({
        id: crypto.randomUUID(),
        orgId,
        linkId: link.id,
        at: clickAt,
        hourBucket,
        visitorHash: rnd.hex(64),
        referrerHost: rnd.pick(referrers[network as Network]),
        deviceClass: rnd.weighted([
          ['mobile', 60],
          ['desktop', 35],
          ['tablet', 5],
        ] as const),
      });
      const day = clickAt.toISOString().slice(0, 10);
      const r = rollup.get(`${link.id}|${day}`) ?? {
        orgId,
        day,
        linkId: link.id,
        postId: post.id,
        personId: person.id,
        network,
        department: person.department,
        site: person.site,
        clicks: 0,
      };
      r.clicks++;
      rollup.set(`${link.id}|${day}`, r);
    }
  };

  const shareTime = (post: PublishedPost) =>
    new Date(post.publishedAt.getTime() + Math.floor(-Math.log(1 - rnd.next()) * 1.5 * DAY));
  for (const post of posts) {
    const eligible = ambassadors.filter((a) => visible(a.p, post));
    const count = Math.round(eligible.length * (0.35 + rnd.next() * 0.5));
    for (let i = 0; i < count; i++) share(rnd.weighted(eligible.map((a) => [a.p, a.weight] as const)), post, shareTime(post));
  }
  // The demo employee and manager have a history too, but the newest posts stay unshared for them.
  for (const demo of people.filter((p) => p.demo === 'employee' || p.demo === 'manager')) {
    for (const post of posts.filter((p) => p.daysAgo >= 10 && visible(demo, p)).slice(0, demo.demo === 'manager' ? 6 : 4))
      share(demo, post, shareTime(post));
  }
  const optOuts = new Set(ambassadors.slice(3, 5).map((a) => a.p.id));
  const sharerProfiles = [...profiles].map(([personId, audience]) => ({
    orgId,
    personId,
    audience,
    rankingOptOut: optOuts.has(personId),
  }));
  return { links: [...links.values()], shares, clicks, clickDaily: [...rollup.values()], sharerProfiles };
}
