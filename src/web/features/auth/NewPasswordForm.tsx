import { Button, PasswordInput, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../lib/FormErrorAlert';
import { invalid, useFieldErrors } from '../../lib/field-errors';

export const MIN_PASSWORD = 10;
/** The contracts' limit (auth/contract.ts NewPassword). */
export const MAX_PASSWORD = 200;

/** Choose a password twice; checks length and match before asking the server. */
export function NewPasswordForm(props: {
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (password: string) => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState(false);
  // Invitation and reset both send the new password as `password`.
  const fe = useFieldErrors(props.error, { fields: ['password'] });
  const tooShort = password.length < MIN_PASSWORD;
  const mismatch = repeat !== password;
  const toggle = { 'aria-label': t('auth:fields.showHide') };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!tooShort && !mismatch) props.onSubmit(password);
  };
  return (
    <form ref={fe.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorAlert errors={fe} />
        <PasswordInput
          label={t('auth:fields.newPassword')}
          description={t('auth:fields.passwordRule', { count: MIN_PASSWORD })}
          autoComplete="new-password"
          required
          visibilityToggleButtonProps={toggle}
          maxLength={MAX_PASSWORD}
          value={password}
          onChange={(e) => {
            fe.edited('password');
            setPassword(e.currentTarget.value);
          }}
          {...invalid(touched && tooShort ? t('auth:fields.tooShort', { count: MIN_PASSWORD }) : fe.error('password'))}
        />
        <PasswordInput
          label={t('auth:fields.repeatPassword')}
          autoComplete="new-password"
          required
          visibilityToggleButtonProps={toggle}
          maxLength={MAX_PASSWORD}
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          {...invalid(touched && mismatch ? t('auth:fields.mismatch') : undefined)}
        />
        <Button type="submit" loading={props.pending}>
          {props.submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
