import { Anchor, Card, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditEntryT } from '../../../server/modules/audit/contract';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { useFormat } from '../../lib/format';
import { AuditFiltersBar } from './AuditFiltersBar';
import { useActionLabel } from './action-labels';
import { type AuditFilters, useAudit } from './api';

const KEYS = ['action', 'actorId', 'targetId', 'from', 'to', 'page'] as const;

/** Who did what and when, filterable; the filters live in the address so a view can be shared. */
export function AuditPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const actions = useActionLabel();
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
  const actor = (e: AuditEntryT): ReactNode =>
    e.actorId ? (
      <Anchor
        component="button"
        fz="inherit"
        onClick={() => setFilters({ ...filters, actorId: e.actorId ?? undefined, page: undefined })}
      >
        {e.actorName}
      </Anchor>
    ) : (
      t('admin:audit.system')
    );
  const target = (e: AuditEntryT): ReactNode =>
    e.targetId ? (
      <Anchor
        component="button"
        fz="inherit"
        onClick={() => setFilters({ ...filters, targetId: e.targetId ?? undefined, page: undefined })}
      >
        {e.targetName ?? e.targetId}
      </Anchor>
    ) : (
      '—'
    );
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
                <Text size="xs" c="gray.7">
                  {fmt.dateTime(e.createdAt)}
                </Text>
                <Text fw={600} size="sm">
                  {actions.label(e.action)}
                </Text>
                <Text size="sm">
                  {t('admin:audit.col.actor')}: {actor(e)}
                </Text>
                <Text size="sm">
                  {t('admin:audit.col.target')}: {target(e)}
                </Text>
              </Card>
            ))}
          </Stack>
          <ScrollArea type="auto" visibleFrom="sm">
            <Table striped miw={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin:audit.col.date')}</Table.Th>
                  <Table.Th>{t('admin:audit.col.action')}</Table.Th>
                  <Table.Th>{t('admin:audit.col.actor')}</Table.Th>
                  <Table.Th>{t('admin:audit.col.target')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{fmt.dateTime(e.createdAt)}</Table.Td>
                    <Table.Td>{actions.label(e.action)}</Table.Td>
                    <Table.Td>{actor(e)}</Table.Td>
                    <Table.Td>{target(e)}</Table.Td>
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
