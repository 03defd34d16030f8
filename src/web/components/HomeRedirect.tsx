import { Navigate } from 'react-router';
import { hasPermission, useMe } from '../lib/me';
import { navItems } from '../nav';

/** Lands each person on the first page their role can use. */
export function HomeRedirect() {
  const me = useMe();
  const first = navItems.find((i) => !i.permission || hasPermission(me.data, i.permission));
  return <Navigate to={first?.to ?? '/not-found'} replace />;
}
