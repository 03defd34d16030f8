import { useTranslation } from 'react-i18next';
import type { MyOrganisation } from '../../lib/me';

type Role = MyOrganisation['roles'][number];

/** "Admin, HR": a person's roles in one organisation, in the reader's language (keys written out for the catalogue test). */
export function useRoleNames() {
  const { t } = useTranslation();
  const names: Record<Role, string> = {
    admin: t('people:roles.admin'),
    editor: t('people:roles.editor'),
    hr: t('people:roles.hr'),
    manager: t('people:roles.manager'),
    employee: t('people:roles.employee'),
  };
  return (roles: readonly Role[]) => roles.map((r) => names[r]).join(', ');
}
