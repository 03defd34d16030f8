import { z } from '@hono/zod-openapi';
import { permissions, roles } from '../../platform/permissions';
import { email, safeString } from '../../platform/validation';

export const MeSchema = z
  .object({
    personId: z.string().uuid(),
    name: z.string(),
    email: z.string(),
    locale: z.enum(['it', 'en']),
    roles: z.array(z.enum(roles)),
    permissions: z.array(z.enum(permissions)),
    organisation: z.object({ id: z.string().uuid(), name: z.string() }),
  })
  .openapi('Me');

export const SignInBody = z.object({ email: email(), password: safeString().min(1).max(200) });
export const UpdateMeBody = z.object({ locale: z.enum(['it', 'en']) });

/** The organisations the signed-in login belongs to (active memberships), and which one this session acts in. */
export const MyOrganisations = z
  .object({
    items: z.array(z.object({ id: z.string().uuid(), name: z.string(), roles: z.array(z.enum(roles)), current: z.boolean() })),
  })
  .openapi('MyOrganisations');
export const SwitchOrganisationBody = z.object({ orgId: z.string().uuid() }).openapi('SwitchOrganisationBody');

/** New passwords: at least 10 characters (better-auth enforces the same minimum). */
const NewPassword = safeString().min(10).max(200);

export const InviteBody = z.object({ personIds: z.array(z.string().uuid()).min(1).max(10000) }).openapi('InviteBody');
export const InviteResult = z
  .object({
    /** People whose invitation is on its way (a repeat within 2 minutes counts the one already sent). */
    queued: z.number().int(),
    /** People the caller may not invite, with the reason (e.g. only an administrator may invite an administrator). */
    refused: z.array(z.object({ personId: z.string().uuid(), code: z.string() })),
  })
  .openapi('InviteResult');

export const InvitationParams = z.object({ token: safeString().min(10).max(100) });
export const InvitationInfo = z
  .object({
    email: z.string(),
    name: z.string(),
    organisation: z.string(),
    locale: z.enum(['it', 'en']),
    /** The e-mail already has a Voce login: the person signs in with it to join (no password is chosen here). */
    existingLogin: z.boolean(),
    /** Who this browser is signed in as, compared with the invitation. */
    signedIn: z.enum(['nobody', 'invitee', 'someone_else']),
  })
  .openapi('InvitationInfo');
export const AcceptBody = z
  .object({ password: NewPassword.optional() })
  .openapi('AcceptInvitationBody', { description: 'password: required only when the e-mail has no login yet' });
export const AcceptResult = z.object({ ok: z.literal(true), locale: z.enum(['it', 'en']) }).openapi('AcceptInvitationResult');

export const ForgotBody = z.object({ email: email() }).openapi('ForgotPasswordBody');
export const ResetBody = z.object({ token: safeString().min(1).max(200), password: NewPassword }).openapi('ResetPasswordBody');
/** A signed-in person's new password, with the current one as proof. */
export const ChangePasswordBody = z
  .object({ currentPassword: safeString().min(1).max(200), newPassword: NewPassword })
  .openapi('ChangePasswordBody');
export const OkResult = z.object({ ok: z.literal(true) }).openapi('Ok');

export type InvitationInfoT = z.infer<typeof InvitationInfo>;
export type InviteResultT = z.infer<typeof InviteResult>;
export type MyOrganisationsT = z.infer<typeof MyOrganisations>;
