import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { Loading } from '../components/Loading';
import type { Permission } from './me';
import { RequirePermission } from './RequirePermission';

/** A page whose code is a separate chunk; `preload()` starts fetching it before it is rendered. */
export type LazyPage<P extends object> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * Loads a page's code only when it is first shown, so the phone that opens the sign-in page does not download the
 * analytics charts. Use it in a feature's index.tsx for every page:
 *   const FeedPage = lazyPage(() => import('./FeedPage').then((m) => m.FeedPage));
 * and for feed sections with `{ fallback: null }` (a section that has nothing to show must not flash a spinner).
 * A page for some roles says so: `{ permission: 'people.read' }`.
 */
export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
  opts: {
    fallback?: ReactNode;
    /** A page for some roles: anyone else opening its address is told it is not theirs (RequirePermission). */
    permission?: Permission | Permission[];
  } = {},
): LazyPage<P> {
  // One download per page: the preload started by App.tsx and React's own load share the same promise.
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () => {
    loading ??= load().then((component) => ({ default: component }));
    return loading;
  };
  const Lazy = lazy(preload);
  const fallback = opts.fallback === undefined ? <Loading /> : opts.fallback;
  // biome-ignore lint/correctness/noComponentHookFactories: called once per page at module level (like React.lazy), never while rendering.
  function Page(props: P) {
    const page = (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
    return opts.permission ? <RequirePermission permission={opts.permission}>{page}</RequirePermission> : page;
  }
  return Object.assign(Page, { preload });
}

/** Whether a route element's component is a lazy page (App.tsx preloads the pages of the address being opened). */
export function isLazyPage(component: unknown): component is LazyPage<object> {
  return typeof component === 'function' && typeof (component as { preload?: unknown }).preload === 'function';
}
