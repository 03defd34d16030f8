import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { InviteResultT } from '../../../server/modules/auth/contract';

/** Tells how many invitations left and, apart, how many people the server refused (e.g. HR inviting an admin). */
export function notifyInvited(t: TFunction, { queued, refused }: InviteResultT): void {
  if (queued > 0 || refused.length === 0)
    notifications.show({ color: 'green', message: t('people:invite.sent', { count: queued }) });
  if (refused.length > 0)
    notifications.show({ color: 'yellow', autoClose: false, message: t('people:invite.refused', { count: refused.length }) });
}
