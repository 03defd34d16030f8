import { Button, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../lib/FormErrorAlert';
import { useFieldErrors } from '../../lib/field-errors';
import { MIN_PASSWORD, NewPasswordFields } from './NewPasswordFields';

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
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!tooShort && !mismatch) props.onSubmit(password);
  };
  return (
    <form ref={fe.formRef} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorAlert errors={fe} />
        <NewPasswordFields
          password={password}
          repeat={repeat}
          onPassword={(v) => {
            fe.edited('password');
            setPassword(v);
          }}
          onRepeat={setRepeat}
          error={touched && tooShort ? t('auth:fields.tooShort', { count: MIN_PASSWORD }) : fe.error('password')}
          repeatError={touched && mismatch ? t('auth:fields.mismatch') : undefined}
        />
        <Button type="submit" loading={props.pending}>
          {props.submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
