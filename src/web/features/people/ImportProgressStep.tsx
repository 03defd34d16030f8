import { Alert, Button, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMailForward } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { hasPermission, useMe } from '../../lib/me';
import { isFinished, pendingIds, useImportStatus, useInvite } from './api';
import { ImportStat } from './ImportStat';

/** Step 3: the import runs on the server; this polls it every second and ends with a summary. */
export function ImportProgressStep({ id }: { id: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const status = useImportStatus(id);
  const invite = useInvite();
  // Everyone still pending after the import: the new people, plus any earlier ones nobody invited yet.
  const inviteAll = useMutation({
    mutationFn: async () => {
      const ids = await pendingIds();
      return ids.length ? invite.mutateAsync(ids) : { queued: 0 };
    },
    onSuccess: ({ queued }) => notifications.show({ color: 'green', message: t('people:invite.sent', { count: queued }) }),
  });
  const s = status.data;
  if (!s) return <ErrorAlert error={status.error} />;
  const of = Math.max(s.valid, s.processed, 1);
  const done = isFinished(s.status);
  return (
    <Stack gap="md" mt="md">
      <div>
        <Text size="sm" mb={4} id="import-progress-label">
          {done
            ? t('people:import.finished')
            : t('people:import.running', { processed: fmt.number(s.processed), total: fmt.number(s.valid) })}
        </Text>
        {/* The label goes on the section: it is the element carrying role="progressbar". */}
        <Progress.Root size="lg">
          <Progress.Section
            value={done ? 100 : (100 * s.processed) / of}
            animated={!done}
            aria-labelledby="import-progress-label"
          />
        </Progress.Root>
      </div>
      {s.status === 'failed' && (
        <Alert color="red" role="alert">
          {t('people:import.failed')}
        </Alert>
      )}
      {done && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            <ImportStat label={t('people:import.stats.created')} value={fmt.number(s.created)} />
            <ImportStat label={t('people:import.stats.updated')} value={fmt.number(s.updated)} />
            <ImportStat label={t('people:import.stats.skipped')} value={fmt.number(s.skipped)} />
            <ImportStat
              label={t('people:import.stats.errors')}
              value={fmt.number(s.errors.length)}
              color={s.errors.length ? 'red.8' : undefined}
            />
          </SimpleGrid>
          <ErrorAlert error={inviteAll.error} />
          <Group>
            {hasPermission(me.data, 'people.invite') && s.created > 0 && (
              <Button
                leftSection={<IconMailForward size={16} aria-hidden />}
                loading={inviteAll.isPending}
                disabled={inviteAll.isSuccess}
                onClick={() => inviteAll.mutate()}
              >
                {t('people:import.inviteImported')}
              </Button>
            )}
            <Button component={Link} to="/people" variant="default">
              {t('people:import.goToPeople')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
