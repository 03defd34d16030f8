import { features } from './features';
import { type NavGroup, type NavItem, navGroups } from './lib/feature';

export type { NavItem } from './lib/feature';

/** The main navigation, in the order of the features list. */
export const navItems: NavItem[] = features.flatMap((f) => f.nav ?? []);

/** Section titles (literal keys, so the catalogue check sees them). */
export const navGroupLabel: Record<NavGroup, string> = {
  me: 'common:nav.groups.me',
  communicate: 'common:nav.groups.communicate',
  listen: 'common:nav.groups.listen',
  grow: 'common:nav.groups.grow',
  manage: 'common:nav.groups.manage',
};

/** The navigation by section, in section order; an item without a section belongs to "manage". */
export function groupedNav(items: NavItem[]): { group: NavGroup; items: NavItem[] }[] {
  return navGroups
    .map((group) => ({ group, items: items.filter((i) => (i.group ?? 'manage') === group) }))
    .filter((g) => g.items.length > 0);
}

/** Every feature's sections of the feed, in the order of the features list. */
export const feedSections = features.flatMap((f) => f.feedSections ?? []);
