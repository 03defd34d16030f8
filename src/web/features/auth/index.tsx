import type { Feature } from '../../lib/feature';
import { lazyPage } from '../../lib/lazy-page';
// In the main bundle, not lazy: the sign-in form is the first screen of most visits, and a phone would otherwise
// wait for one more round trip before showing it.
import { SignInPage } from './SignInPage';

const ChooseOrganisationPage = lazyPage(() => import('./ChooseOrganisationPage').then((m) => m.ChooseOrganisationPage));
const ForgotPasswordPage = lazyPage(() => import('./ForgotPasswordPage').then((m) => m.ForgotPasswordPage));
const InvitationPage = lazyPage(() => import('./InvitationPage').then((m) => m.InvitationPage));
const ProfilePage = lazyPage(() => import('./ProfilePage').then((m) => m.ProfilePage));
const ResetPasswordPage = lazyPage(() => import('./ResetPasswordPage').then((m) => m.ResetPasswordPage));
const WelcomePage = lazyPage(() => import('./WelcomePage').then((m) => m.WelcomePage));

/**
 * The pages outside the app frame: sign in, forgotten password, reset, invitation, choosing an organisation; inside
 * it, my profile (from the user menu) and the welcome step after accepting an invitation.
 */
export const authFeature: Feature = {
  publicRoutes: [
    { path: '/sign-in', element: <SignInPage /> },
    { path: '/forgot-password', element: <ForgotPasswordPage /> },
    { path: '/reset-password', element: <ResetPasswordPage /> },
    { path: '/invitation/:token', element: <InvitationPage /> },
    { path: '/choose-organisation', element: <ChooseOrganisationPage /> },
  ],
  routes: [
    { path: 'profile', element: <ProfilePage /> },
    { path: 'welcome', element: <WelcomePage /> },
  ],
};
