export const roles = ['admin', 'editor', 'hr', 'manager', 'employee'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'org.settings',
  'people.read',
  'people.write',
  'people.invite',
  'audit.read',
  'outbox.read',
  'content.write',
  'content.approve',
  'analytics.read',
  'analytics.team',
  'share',
  // Listening (issue 10): internal news, surveys, suggestion box, onboarding, Ask leadership, the engagement dashboard.
  'news.write',
  'surveys.manage',
  'surveys.team',
  'suggestions.manage',
  'onboarding.manage',
  'qa.moderate',
  'listening.read',
  // Ambassador programme (issue 8): run programmes and guidelines, screen candidates, nominate colleagues.
  'programme.manage',
  'programme.review',
  'programme.nominate',
  // Training (issue 11): L&D run the offer and its campaign; managers promote to their team; everyone learns.
  'training.manage',
  'training.team',
  'training.learn',
  // Recruiting (issue 12): HR run openings, the pipeline, referrals and rewards; employees refer and share jobs.
  'recruiting.manage',
  // Events (issue 9): comms/HR organise the days; everyone registers, proposes job swaps, is checked in.
  'events.manage',
  'events.join',
] as const;
export type Permission = (typeof permissions)[number];

// The single place where roles become rights; the web app receives the resolved list from /api/me.
const grants: Record<Role, readonly Permission[]> = {
  admin: permissions,
  editor: [
    'content.write',
    'content.approve',
    'analytics.read',
    'share',
    'news.write',
    'qa.moderate',
    'listening.read',
    'programme.manage',
    'programme.review',
    'programme.nominate',
    'training.learn',
    'events.manage',
    'events.join',
  ],
  hr: [
    'people.read',
    'people.write',
    'people.invite',
    'analytics.read',
    'share',
    'news.write',
    'surveys.manage',
    'suggestions.manage',
    'onboarding.manage',
    'qa.moderate',
    'listening.read',
    'programme.manage',
    'programme.review',
    'programme.nominate',
    'training.manage',
    'training.learn',
    'recruiting.manage',
    'events.manage',
    'events.join',
  ],
  manager: ['analytics.team', 'share', 'surveys.team', 'programme.nominate', 'training.team', 'training.learn', 'events.join'],
  employee: ['share', 'training.learn', 'events.join'],
};

export function permissionsOf(personRoles: readonly Role[]): Permission[] {
  const set = new Set<Permission>();
  for (const r of personRoles) for (const p of grants[r] ?? []) set.add(p);
  return [...set];
}

export function can(personRoles: readonly Role[], permission: Permission): boolean {
  return personRoles.some((r) => grants[r]?.includes(permission));
}
