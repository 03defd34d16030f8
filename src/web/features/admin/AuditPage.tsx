import { Card, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { useFormat } from '../../lib/format';
import { RequirePermission } from '../../lib/RequirePermission';
import { AuditFiltersBar } from './AuditFiltersBar';
import { AuditSentence } from './AuditSentence';
import { type AuditFilters, useAudit } from './api';

const KEYS = ['action', 'actorId', 'targetId', 'from', 'to', 'page'] as const;

/** Who did what and when, as sentences with names; the filters live in the address so a view can be shared. */
export function AuditPage() {
  return (
    <RequirePermission permission="audit.read">
      <AuditLog />
    </RequirePermission>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = {};
  for (const k of KEYS) {
    const v = params.get(k);
    if (v) Object.assign(filters, { [k]: k === 'page' ? Number(v) || 1 : v });
  }
  const setFilters = (f: AuditFilters) => {
    const next = new URLSearchParams();
    for (const k of KEYS) if (f[k]) next.set(k, String(f[k]));
    setParams(next);
  };
  const audit = useAudit(filters);
  const items = audit.data?.items ?? [];
  const onActor = (actorId: string) => setFilters({ ...filters, actorId, page: undefined });
  const onTarget = (targetId: string) => setFilters({ ...filters, targetId, page: undefined });
  const names = {
    actor: items.find((e) => e.actorId === filters.actorId)?.actorName ?? undefined,
    target: items.find((e) => e.targetId === filters.targetId)?.targetName ?? undefined,
  };
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('admin:audit.title')}</Title>
        <Text size="sm" c="gray.7">
          {t('admin:audit.intro')}
        </Text>
      </div>
      <AuditFiltersBar filters={filters} names={names} onChange={setFilters} />
      {audit.isLoading && <Loading />}
      <ErrorAlert error={audit.error} />
      {audit.isSuccess && items.length === 0 && (
        <EmptyState icon={<IconHistory size={24} aria-hidden />} title={t('admin:audit.empty')} />
      )}
      {items.length > 0 && (
        <>
          <Stack gap="xs" hiddenFrom="sm">
            {items.map((e) => (
              <Card key={e.id} withBorder padding="sm">
                <Text size="xs" c="gray.7" mb={2}>
                  {fmt.dateTime(e.createdAt)}
                </Text>
                <AuditSentence entry={e} onActor={onActor} onTarget={onTarget} />
              </Card>
            ))}
          </Stack>
          <ScrollArea type="auto" visibleFrom="sm">
            <Table striped miw={640} verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={190}>{t('admin:audit.col.date')}</Table.Th>
                  <Table.Th>{t('admin:audit.col.what')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Text size="sm">{fmt.dateTime(e.createdAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <AuditSentence entry={e} onActor={onActor} onTarget={onTarget} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </>
      )}
      {audit.data && (
        <Pager
          page={audit.data.page}
          total={audit.data.total}
          pageSize={audit.data.pageSize}
          onChange={(p) => setFilters({ ...filters, page: p })}
        />
      )}
    </Stack>
  );
}
