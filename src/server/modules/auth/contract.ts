import { z } from '@hono/zod-openapi';
import { permissions, roles } from '../../platform/permissions';

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

export const SignInBody = z.object({ email: z.string().trim().email().max(320), password: z.string().min(1).max(200) });
export const UpdateMeBody = z.object({ locale: z.enum(['it', 'en']) });

/** New passwords: at least 10 characters (better-auth enforces the same minimum). */
const NewPassword = z.string().min(10).max(200);

export const InviteBody = z.object({ personIds: z.array(z.string().uuid()).min(1).max(10000) }).openapi('InviteBody');
export const InviteResult = z.object({ queued: z.number().int() }).openapi('InviteResult');

export const InvitationParams = z.object({ token: z.string().min(10).max(100) });
export const InvitationInfo = z
  .object({ email: z.string(), name: z.string(), organisation: z.string(), locale: z.enum(['it', 'en']) })
  .openapi('InvitationInfo');
export const AcceptBody = z.object({ password: NewPassword }).openapi('AcceptInvitationBody');
export const AcceptResult = z.object({ ok: z.literal(true), locale: z.enum(['it', 'en']) }).openapi('AcceptInvitationResult');

export const ForgotBody = z.object({ email: z.string().trim().email().max(320) }).openapi('ForgotPasswordBody');
export const ResetBody = z.object({ token: z.string().min(1).max(200), password: NewPassword }).openapi('ResetPasswordBody');
export const OkResult = z.object({ ok: z.literal(true) }).openapi('Ok');

export type InvitationInfoT = z.infer<typeof InvitationInfo>;
