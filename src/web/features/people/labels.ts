import { useTranslation } from 'react-i18next';
import type { PersonStatusT as PersonStatus, Role } from './types';

export const ROLES: Role[] = ['admin', 'editor', 'hr', 'manager', 'employee'];
export const STATUSES: PersonStatus[] = ['pending', 'invited', 'active', 'inactive'];
export const statusColor: Record<PersonStatus, string> = { pending: 'gray', invited: 'blue', active: 'green', inactive: 'red' };

/** Readable names of roles, statuses, languages, import problems and failures (keys written out so the catalogue test sees them). */
export function useLabels() {
  const { t } = useTranslation();
  const role: Record<Role, string> = {
    admin: t('people:roles.admin'),
    editor: t('people:roles.editor'),
    hr: t('people:roles.hr'),
    manager: t('people:roles.manager'),
    employee: t('people:roles.employee'),
  };
  const status: Record<PersonStatus, string> = {
    pending: t('people:status.pending'),
    invited: t('people:status.invited'),
    active: t('people:status.active'),
    inactive: t('people:status.inactive'),
  };
  const language: Record<string, string> = { it: t('people:language.it'), en: t('people:language.en') };
  const importError: Record<string, string> = {
    invalid_email: t('people:import.codes.invalid_email'),
    missing_name: t('people:import.codes.missing_name'),
    duplicate_in_file: t('people:import.codes.duplicate_in_file'),
    unknown_manager: t('people:import.codes.unknown_manager'),
    invalid_date: t('people:import.codes.invalid_date'),
    invalid_language: t('people:import.codes.invalid_language'),
    invalid_role: t('people:import.codes.invalid_role'),
    self_manager: t('people:import.codes.self_manager'),
    manager_cycle: t('people:import.codes.manager_cycle'),
    admin_only: t('people:import.codes.admin_only'),
  };
  const importFailure: Record<string, string> = {
    invalid_data: t('people:import.failure.invalid_data'),
    interrupted: t('people:import.failure.interrupted'),
    not_allowed: t('people:import.failure.not_allowed'),
    unexpected: t('people:import.failure.unexpected'),
  };
  return {
    role: (r: string) => role[r as Role] ?? r,
    status: (s: string) => status[s as PersonStatus] ?? s,
    language: (l: string) => language[l] ?? l,
    importError: (code: string) => importError[code] ?? code,
    importFailure: (reason: string | null) => importFailure[reason ?? 'unexpected'] ?? importFailure.unexpected,
  };
}
