import { Button, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { FormErrorAlert } from '../../lib/FormErrorAlert';
import { invalid, useFieldErrors } from '../../lib/field-errors';
import { MAX_PASSWORD, MIN_PASSWORD, NewPasswordFields } from './NewPasswordFields';

/**
 * The current password, then the new one twice. The server ends every other session of the login and renews this
 * one (new cookie): the person stays signed in here, a forgotten phone or a shared computer is signed out.
 */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState(false);
  const change = useMutation({
    mutationFn: () => api.post('/api/me/password', { currentPassword, newPassword }),
    onSuccess: () => {
      setCurrent('');
      setNew('');
      setRepeat('');
      setTouched(false);
      notifications.show({ color: 'green', message: t('auth:profile.password.done') });
    },
  });
  const fe = useFieldErrors(change.error, {
    fields: ['currentPassword', 'newPassword'],
    codes: { 'auth.wrong_password': 'currentPassword' },
  });
  const tooShort = newPassword.length < MIN_PASSWORD;
  const mismatch = repeat !== newPassword;
  const toggle = { 'aria-label': t('auth:fields.showHide') };
  const errors = {
    current: touched && !currentPassword ? t('forms:required') : fe.error('currentPassword'),
    next: touched && tooShort ? t('auth:fields.tooShort', { count: MIN_PASSWORD }) : fe.error('newPassword'),
    repeat: touched && mismatch ? t('auth:fields.mismatch') : undefined,
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (currentPassword && !tooShort && !mismatch) change.mutate();
  };
  return (
    <form ref={fe.formRef} onSubmit={submit} noValidate aria-labelledby="profile-password">
      <Stack gap="sm" maw={420}>
        <FormErrorAlert errors={fe} />
        <PasswordInput
          label={t('auth:profile.password.current')}
          autoComplete="current-password"
          required
          maxLength={MAX_PASSWORD}
          visibilityToggleButtonProps={toggle}
          value={currentPassword}
          onChange={(e) => {
            fe.edited('currentPassword');
            setCurrent(e.currentTarget.value);
          }}
          {...invalid(errors.current)}
        />
        <NewPasswordFields
          password={newPassword}
          repeat={repeat}
          onPassword={(v) => {
            fe.edited('newPassword');
            setNew(v);
          }}
          onRepeat={setRepeat}
          error={errors.next}
          repeatError={errors.repeat}
        />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('auth:profile.password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
