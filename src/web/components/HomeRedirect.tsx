import { Navigate } from 'react-router';
import { mayOpen } from '../lib/feature';
import { useMe } from '../lib/me';
import { navItems } from '../nav';

/** Lands each person on the first page their role can use. */
export function HomeRedirect() {
  const me = useMe();
  const first = navItems.find((i) => mayOpen(me.data, i));
  return <Navigate to={first?.to ?? '/not-found'} replace />;
}
