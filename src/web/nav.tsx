import { features } from './features';
import type { NavItem } from './lib/feature';

export type { NavItem } from './lib/feature';

/** The main navigation, in the order of the features list. */
export const navItems: NavItem[] = features.flatMap((f) => f.nav ?? []);
