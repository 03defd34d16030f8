import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormErrorAlert } from '../../lib/FormErrorAlert';
import { useFieldErrors } from '../../lib/field-errors';
import { hasPermission, useMe } from '../../lib/me';
import { useInvite, usePersonActions } from './api';
import { bodyOf, formOf, type PersonForm } from './form';
import { notifyInvited } from './notify-invited';
import { invitable } from './PeopleTable';
import { PersonFields } from './PersonFields';
import { PersonStatusBadge } from './PersonStatusBadge';
import { StatusActions } from './StatusActions';
import type { PersonT } from './types';

/** The request fields the form shows; a refused save puts each problem under its field. */
const FIELDS = [
  'name',
  'email',
  'department',
  'site',
  'jobTitle',
  'jobFamily',
  'managerId',
  'locale',
  'contentLanguages',
  'hireDate',
  'roles',
];
/** Refusals that concern one field: the server's sentence goes under it. */
const PLACED_CODES = {
  'people.duplicate_email': 'email',
  'people.email_locked': 'email',
  'people.manager_cycle': 'managerId',
  'people.unknown_manager': 'managerId',
  'people.admin_role_required': 'roles',
};

/** The person form with its save button, and for an existing person their status and its actions. */
export function PersonEditor({ person }: { person?: PersonT }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const canWrite = hasPermission(me.data, 'people.write');
  const canInvite = hasPermission(me.data, 'people.invite');
  const [form, setForm] = useState<PersonForm>(() => formOf(person));
  const { save } = usePersonActions();
  const invite = useInvite();
  const fe = useFieldErrors(save.error, { fields: FIELDS, codes: PLACED_CODES });
  const change = (patch: Partial<PersonForm>) => {
    for (const k of Object.keys(patch)) fe.edited(k === 'manager' ? 'managerId' : k);
    setForm((f) => ({ ...f, ...patch }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { id: person?.id, body: bodyOf(form) },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', message: t('people:form.saved', { name: saved.name }) });
          if (!person) navigate(`/people/${saved.id}`, { replace: true });
        },
      },
    );
  };
  const sendInvite = (p: PersonT) =>
    invite.mutate([p.id], {
      onSuccess: (result) => notifyInvited(t, result),
      onError: (err) => notifications.show({ color: 'red', message: err.message }),
    });
  return (
    <Stack gap="md">
      {person && (
        <Card withBorder padding="sm">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {t('people:col.status')}:
              </Text>
              <PersonStatusBadge status={person.status} />
            </Group>
            <Group gap="xs">
              {canInvite && invitable(person) && (
                <Button variant="light" loading={invite.isPending} onClick={() => sendInvite(person)}>
                  {person.status === 'invited' ? t('people:actions.reinvite') : t('people:actions.invite')}
                </Button>
              )}
              {canWrite && <StatusActions person={person} />}
            </Group>
          </Group>
        </Card>
      )}
      <form ref={fe.formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert errors={fe} />
          <PersonFields form={form} selfId={person?.id} onChange={change} errorOf={fe.error} />
          {canWrite && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                {person ? t('people:form.save') : t('people:form.create')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
