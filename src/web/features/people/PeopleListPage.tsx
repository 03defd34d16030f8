import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconMailForward, IconPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { DownloadMenu } from '../../lib/DownloadMenu';
import { useFormat } from '../../lib/format';
import { hasPermission, useMe } from '../../lib/me';
import { RequirePermission } from '../../lib/RequirePermission';
import { useInvite, usePeople } from './api';
import { exportUrl, filtersOf, type PeopleFilters, paramsOf } from './filters';
import { notifyInvited } from './notify-invited';
import { PeopleFiltersBar } from './PeopleFiltersBar';
import { PeopleTable } from './PeopleTable';

/** The people directory for HR and administrators: search, filter, select and invite, import and export. */
export function PeopleListPage() {
  return (
    <RequirePermission permission="people.read">
      <PeopleListPageContent />
    </RequirePermission>
  );
}

function PeopleListPageContent() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const canWrite = hasPermission(me.data, 'people.write');
  const canInvite = hasPermission(me.data, 'people.invite');
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const setFilters = (f: PeopleFilters) => setParams(paramsOf(f), { replace: true });
  const people = usePeople(filters);
  const invite = useInvite();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const select = (ids: string[], on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids) on ? next.add(id) : next.delete(id);
      return next;
    });
  const sendInvites = () =>
    invite.mutate([...selected], {
      onSuccess: (result) => {
        setSelected(new Set());
        notifyInvited(t, result);
      },
      onError: (err) => notifications.show({ color: 'red', message: err.message }),
    });
  const items = people.data?.items ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2}>{t('people:title')}</Title>
          {people.data && (
            <Text size="sm" c="gray.7" aria-live="polite">
              {t('people:list.total', { count: people.data.total, formatted: fmt.number(people.data.total) })}
            </Text>
          )}
        </div>
        <Group gap="xs" wrap="wrap">
          {canWrite && (
            <Button component={Link} to="/people/import" variant="default" leftSection={<IconFileImport size={16} aria-hidden />}>
              {t('people:actions.import')}
            </Button>
          )}
          <DownloadMenu csvHref={exportUrl(filters)} label={t('people:actions.export')} />
          {canWrite && (
            <Button component={Link} to="/people/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('people:actions.new')}
            </Button>
          )}
        </Group>
      </Group>
      <PeopleFiltersBar filters={filters} onChange={setFilters} />
      {canInvite && selected.size > 0 && (
        <Group gap="xs">
          <Button leftSection={<IconMailForward size={16} aria-hidden />} loading={invite.isPending} onClick={sendInvites}>
            {t('people:invite.selected', { count: selected.size })}
          </Button>
          <Button variant="subtle" onClick={() => setSelected(new Set())}>
            {t('people:invite.clear')}
          </Button>
        </Group>
      )}
      {people.isLoading && <Loading />}
      <ErrorAlert error={people.error} />
      {people.isSuccess && items.length === 0 && (
        <EmptyState icon={<IconUsers size={24} aria-hidden />} title={t('people:empty.title')}>
          {t('people:empty.body')}
        </EmptyState>
      )}
      {items.length > 0 && (
        <PeopleTable
          items={items}
          selectable={canInvite}
          selected={selected}
          onSelect={select}
          sort={{ by: filters.sort ?? 'name', order: filters.order ?? 'asc' }}
          onSort={(s) => setFilters({ ...filters, sort: s.by, order: s.order, page: undefined })}
        />
      )}
      {people.data && (
        <Pager
          page={people.data.page}
          total={people.data.total}
          pageSize={people.data.pageSize}
          onChange={(p) => setFilters({ ...filters, page: p })}
        />
      )}
    </Stack>
  );
}
