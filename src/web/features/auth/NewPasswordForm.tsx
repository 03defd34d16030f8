import { Button, PasswordInput, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';

export const MIN_PASSWORD = 10;

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
  const tooShort = password.length < MIN_PASSWORD;
  const mismatch = repeat !== password;
  const toggle = { 'aria-label': t('auth:fields.showHide') };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!tooShort && !mismatch) props.onSubmit(password);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={props.error} />
        <PasswordInput
          label={t('auth:fields.newPassword')}
          description={t('auth:fields.passwordRule', { count: MIN_PASSWORD })}
          autoComplete="new-password"
          required
          visibilityToggleButtonProps={toggle}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={touched && tooShort ? t('auth:fields.tooShort', { count: MIN_PASSWORD }) : undefined}
        />
        <PasswordInput
          label={t('auth:fields.repeatPassword')}
          autoComplete="new-password"
          required
          visibilityToggleButtonProps={toggle}
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={touched && mismatch ? t('auth:fields.mismatch') : undefined}
        />
        <Button type="submit" loading={props.pending}>
          {props.submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
