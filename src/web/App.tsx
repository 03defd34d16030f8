import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { HomeRedirect } from './components/HomeRedirect';
import { NotFoundPage } from './components/NotFoundPage';
import { appRoutes, publicRoutes } from './routes';

const router = createBrowserRouter([
  ...publicRoutes,
  {
    path: '/',
    element: <AppLayout />,
    children: [{ index: true, element: <HomeRedirect /> }, ...appRoutes, { path: '*', element: <NotFoundPage /> }],
  },
  { path: '*', element: <Navigate to="/" replace /> },
]);

export function App() {
  return <RouterProvider router={router} />;
}
