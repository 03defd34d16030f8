import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconMicrophone2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { hasPermission, useMe } from '../../lib/me';
import { useQaSessions } from './api';
import { NewSessionForm } from './NewSessionForm';

/** "Ask leadership" sessions, open ones first; answered questions stay browsable in closed ones. */
export function QaListPage() {
  const { t } = useTranslation();
  const list = useQaSessions();
  const me = useMe();
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={2}>{t('qa:title')}</Title>
      <Text size="sm" c="gray.7">
        {t('qa:intro')}
      </Text>
      {hasPermission(me.data, 'qa.moderate') && <NewSessionForm />}
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error} />
      {list.data?.items.length === 0 && <EmptyState icon={<IconMicrophone2 size={24} aria-hidden />} title={t('qa:empty')} />}
      {list.data?.items.map((s) => (
        <Card key={s.id} withBorder padding="sm" component={Link} to={`/qa/${s.id}`}>
          <Group gap={6} wrap="wrap">
            <Text fw={600}>{s.title}</Text>
            <Badge color={s.status === 'open' ? 'teal.9' : 'gray.7'}>{t(s.status === 'open' ? 'qa:open' : 'qa:closed')}</Badge>
          </Group>
          <Text size="sm" c="gray.7">
            {t('qa:questions', { count: s.questions })}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
