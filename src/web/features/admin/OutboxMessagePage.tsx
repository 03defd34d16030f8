import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { RequirePermission } from '../../lib/RequirePermission';
import { useOutboxMessage } from './api';
import { Linkified } from './Linkified';
import { StatusBadge } from './StatusBadge';

/**
 * One e-mail as its recipient reads it, with clickable links. The text version only: the HTML version carries the
 * same words and link, and showing it would need a sandboxed frame that screen readers and axe handle poorly.
 */
export function OutboxMessagePage() {
  return (
    <RequirePermission permission="outbox.read">
      <OutboxMessagePageContent />
    </RequirePermission>
  );
}

function OutboxMessagePageContent() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { id = '' } = useParams();
  const msg = useOutboxMessage(id);
  return (
    <Stack gap="md" maw={760}>
      <Anchor component={Link} to="/admin/outbox" size="sm">
        {t('admin:outbox.back')}
      </Anchor>
      <Title order={2}>{msg.data?.subject ?? t('admin:outbox.message')}</Title>
      {msg.isLoading && <Loading />}
      <ErrorAlert error={msg.error} />
      {msg.data && (
        <>
          <Card withBorder padding="sm">
            <Stack gap={4}>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                <strong>{t('admin:outbox.col.to')}:</strong> {msg.data.to}
              </Text>
              <Text size="sm">
                <strong>{t('admin:outbox.col.date')}:</strong> {fmt.dateTime(msg.data.createdAt)}
              </Text>
              <Group gap="xs">
                <Text size="sm" fw={700}>
                  {t('admin:outbox.col.status')}:
                </Text>
                <StatusBadge status={msg.data.status} />
              </Group>
              {msg.data.error && (
                <Text size="sm" c="red.8">
                  {t('admin:outbox.error', { count: msg.data.attempts, error: msg.data.error })}
                </Text>
              )}
            </Stack>
          </Card>
          <Card withBorder padding="md">
            <Title order={3} size="h5" mb="xs">
              {t('admin:outbox.text')}
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }}>
              <Linkified text={msg.data.text} />
            </Text>
          </Card>
        </>
      )}
    </Stack>
  );
}
