import { Anchor, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { RequirePermission } from '../../lib/RequirePermission';
import { usePerson } from './api';
import { PersonEditor } from './PersonEditor';

/** /people/new and /people/:id: the form, keyed by the loaded person so it starts from their saved values. */
export function PersonPage() {
  return (
    <RequirePermission permission="people.read">
      <PersonPageContent />
    </RequirePermission>
  );
}

function PersonPageContent() {
  const { t } = useTranslation();
  const { id } = useParams();
  const person = usePerson(id);
  return (
    <Stack gap="md" maw={860}>
      <Anchor component={Link} to="/people" size="sm">
        {t('people:form.back')}
      </Anchor>
      <Group justify="space-between">
        <Title order={2}>{id ? (person.data?.name ?? t('people:form.editTitle')) : t('people:form.newTitle')}</Title>
      </Group>
      {person.isLoading && <Loading />}
      <ErrorAlert error={person.error} />
      {(!id || person.data) && <PersonEditor key={person.data?.id ?? 'new'} person={person.data} />}
    </Stack>
  );
}
