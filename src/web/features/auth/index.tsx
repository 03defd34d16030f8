import type { Feature } from '../../lib/feature';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { InvitationPage } from './InvitationPage';
import { ResetPasswordPage } from './ResetPasswordPage';
import { SignInPage } from './SignInPage';

/** The signed-out pages: sign in, forgotten password, reset, invitation. */
export const authFeature: Feature = {
  publicRoutes: [
    { path: '/sign-in', element: <SignInPage /> },
    { path: '/forgot-password', element: <ForgotPasswordPage /> },
    { path: '/reset-password', element: <ResetPasswordPage /> },
    { path: '/invitation/:token', element: <InvitationPage /> },
  ],
};
