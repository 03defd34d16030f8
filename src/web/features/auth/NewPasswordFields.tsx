import { PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { invalid } from '../../lib/field-errors';

export const MIN_PASSWORD = 10;
/** The contracts' limit (auth/contract.ts NewPassword). */
export const MAX_PASSWORD = 200;

/**
 * The new password and its repetition, with the rule and the limits. The form decides when an error shows (after a
 * first submit) and which server field the password is sent as.
 */
export function NewPasswordFields(props: {
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  error?: string;
  repeatError?: string;
}) {
  const { t } = useTranslation();
  const toggle = { 'aria-label': t('auth:fields.showHide') };
  return (
    <>
      <PasswordInput
        label={t('auth:fields.newPassword')}
        description={t('auth:fields.passwordRule', { count: MIN_PASSWORD })}
        autoComplete="new-password"
        required
        maxLength={MAX_PASSWORD}
        visibilityToggleButtonProps={toggle}
        value={props.password}
        onChange={(e) => props.onPassword(e.currentTarget.value)}
        {...invalid(props.error)}
      />
      <PasswordInput
        label={t('auth:fields.repeatPassword')}
        autoComplete="new-password"
        required
        maxLength={MAX_PASSWORD}
        visibilityToggleButtonProps={toggle}
        value={props.repeat}
        onChange={(e) => props.onRepeat(e.currentTarget.value)}
        {...invalid(props.repeatError)}
      />
    </>
  );
}
