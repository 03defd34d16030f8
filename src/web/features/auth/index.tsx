import type { Feature } from '../../lib/feature';
import { ChooseOrganisationPage } from './ChooseOrganisationPage';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { InvitationPage } from './InvitationPage';
import { ResetPasswordPage } from './ResetPasswordPage';
import { SignInPage } from './SignInPage';

/** The pages outside the app frame: sign in, forgotten password, reset, invitation, choosing an organisation. */
export const authFeature: Feature = {
  publicRoutes: [
    { path: '/sign-in', element: <SignInPage /> },
    { path: '/forgot-password', element: <ForgotPasswordPage /> },
    { path: '/reset-password', element: <ResetPasswordPage /> },
    { path: '/invitation/:token', element: <InvitationPage /> },
    { path: '/choose-organisation', element: <ChooseOrganisationPage /> },
  ],
};
