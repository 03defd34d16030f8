import { useTranslation } from 'react-i18next';

/** Readable names of the audit actions this app knows; other modules' actions show their code. */
export function useActionLabel() {
  const { t } = useTranslation();
  const labels: Record<string, string> = {
    'auth.sign_in': t('admin:audit.actions.signIn'),
    'auth.sign_in_failed': t('admin:audit.actions.signInFailed'),
    'auth.sign_out': t('admin:audit.actions.signOut'),
    'auth.password_reset': t('admin:audit.actions.passwordReset'),
    'auth.organisation_entered': t('admin:audit.actions.organisationEntered'),
    'person.invited': t('admin:audit.actions.invited'),
    'invitation.accepted': t('admin:audit.actions.accepted'),
  };
  return { known: Object.keys(labels), label: (action: string) => labels[action] ?? action };
}
