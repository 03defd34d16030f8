import { Anchor, Card, Group, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { useFormat } from '../../lib/format';
import { RequirePermission } from '../../lib/RequirePermission';
import { useOutbox } from './api';
import { StatusBadge } from './StatusBadge';

/** Every e-mail Voce wrote for the organisation; without SMTP this is where invitations can be opened. */
export function OutboxPage() {
  return (
    <RequirePermission permission="outbox.read">
      <OutboxPageContent />
    </RequirePermission>
  );
}

function OutboxPageContent() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const outbox = useOutbox(page);
  const items = outbox.data?.items ?? [];
  const open = (id: string, subject: string) => (
    <Anchor component={Link} to={`/admin/outbox/${id}`}>
      {subject}
    </Anchor>
  );
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('admin:outbox.title')}</Title>
        <Text size="sm" c="gray.7">
          {t('admin:outbox.intro')}
        </Text>
      </div>
      {outbox.isLoading && <Loading />}
      <ErrorAlert error={outbox.error} />
      {outbox.isSuccess && items.length === 0 && (
        <EmptyState icon={<IconMail size={24} aria-hidden />} title={t('admin:outbox.empty')} />
      )}
      {items.length > 0 && (
        <>
          <Stack gap="xs" hiddenFrom="sm">
            {items.map((m) => (
              <Card key={m.id} withBorder padding="sm">
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="xs" c="gray.7">
                    {fmt.dateTime(m.createdAt)}
                  </Text>
                  <StatusBadge status={m.status} />
                </Group>
                <Text fw={600} size="sm">
                  {open(m.id, m.subject)}
                </Text>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {m.to}
                </Text>
              </Card>
            ))}
          </Stack>
          <ScrollArea type="auto" visibleFrom="sm">
            <Table striped miw={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin:outbox.col.date')}</Table.Th>
                  <Table.Th>{t('admin:outbox.col.to')}</Table.Th>
                  <Table.Th>{t('admin:outbox.col.subject')}</Table.Th>
                  <Table.Th>{t('admin:outbox.col.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{fmt.dateTime(m.createdAt)}</Table.Td>
                    <Table.Td>{m.to}</Table.Td>
                    <Table.Td>{open(m.id, m.subject)}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={m.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </>
      )}
      {outbox.data && (
        <Pager
          page={page}
          total={outbox.data.total}
          pageSize={outbox.data.pageSize}
          onChange={(p) => setParams({ page: String(p) })}
        />
      )}
    </Stack>
  );
}
