import { isValidElement } from 'react';
import { createBrowserRouter, matchRoutes, Navigate, type RouteObject, RouterProvider } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { HomeRedirect } from './components/HomeRedirect';
import { NotFoundPage } from './components/NotFoundPage';
import { isLazyPage } from './lib/lazy-page';
import { appRoutes, publicRoutes } from './routes';

const routes: RouteObject[] = [
  ...publicRoutes,
  {
    path: '/',
    element: <AppLayout />,
    children: [{ index: true, element: <HomeRedirect /> }, ...appRoutes, { path: '*', element: <NotFoundPage /> }],
  },
  { path: '*', element: <Navigate to="/" replace /> },
];

/*
 * Pages are separate chunks, loaded when first rendered. The page of the address being opened is fetched now, while
 * the signed-in frame is still asking the server who is signed in, instead of after that answer (one round trip less
 * on a phone's network).
 */
for (const match of matchRoutes(routes, window.location) ?? []) {
  const element = match.route.element;
  if (isValidElement(element) && isLazyPage(element.type)) void element.type.preload().catch(() => undefined);
}

const router = createBrowserRouter(routes);

export function App() {
  return <RouterProvider router={router} />;
}
