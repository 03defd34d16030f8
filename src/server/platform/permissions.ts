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
] as const;
export type Permission = (typeof permissions)[number];

// The single place where roles become rights; the web app receives the resolved list from /api/me.
const grants: Record<Role, readonly Permission[]> = {
  admin: permissions,
  editor: ['content.write', 'content.approve', 'analytics.read', 'share'],
  hr: ['people.read', 'people.write', 'people.invite', 'analytics.read', 'share'],
  manager: ['analytics.team', 'share'],
  employee: ['share'],
};

export function permissionsOf(personRoles: readonly Role[]): Permission[] {
  const set = new Set<Permission>();
  for (const r of personRoles) for (const p of grants[r] ?? []) set.add(p);
  return [...set];
}

export function can(personRoles: readonly Role[], permission: Permission): boolean {
  return personRoles.some((r) => grants[r]?.includes(permission));
}
