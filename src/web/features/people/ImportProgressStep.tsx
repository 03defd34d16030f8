import { Alert, Button, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFileImport, IconMailForward, IconRefresh } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { hasPermission, useMe } from '../../lib/me';
import { isFinished, pendingIds, useImportRetry, useImportStatus, useInvite } from './api';
import { ImportStat } from './ImportStat';
import { errorsByRow } from './import-errors';
import { useLabels } from './labels';
import { notifyInvited } from './notify-invited';

/**
 * Step 3: the import runs on the server; this polls it every second and ends with a summary, or with why it failed
 * (what was applied stays, the counts say how much) and the way on: try again from where it stopped, or another file.
 */
export function ImportProgressStep({ id, onRestart }: { id: string; onRestart: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const labels = useLabels();
  const status = useImportStatus(id);
  const retry = useImportRetry();
  const invite = useInvite();
  // Everyone still pending after the import: the new people, plus any earlier ones nobody invited yet.
  const inviteAll = useMutation({
    mutationFn: async () => {
      const ids = await pendingIds();
      return ids.length ? invite.mutateAsync(ids) : { queued: 0, refused: [] };
    },
    onSuccess: (result) => notifyInvited(t, result),
  });
  const s = status.data;
  if (!s) return <ErrorAlert error={status.error} />;
  const of = Math.max(s.valid, s.processed, 1);
  const done = isFinished(s.status);
  const failed = s.status === 'failed';
  const counts = { processed: fmt.number(s.processed), total: fmt.number(s.valid) };
  return (
    <Stack gap="md" mt="md">
      <div>
        <Text size="sm" mb={4} id="import-progress-label">
          {failed ? t('people:import.stopped', counts) : done ? t('people:import.finished') : t('people:import.running', counts)}
        </Text>
        {/* The label goes on the section: it is the element carrying role="progressbar". */}
        <Progress.Root size="lg">
          <Progress.Section
            value={done && !failed ? 100 : (100 * s.processed) / of}
            color={failed ? 'red' : undefined}
            animated={!done}
            aria-labelledby="import-progress-label"
          />
        </Progress.Root>
      </div>
      {failed && (
        <Alert color="red" role="alert" title={t('people:import.failedTitle')}>
          {labels.importFailure(s.failure)}
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
              value={fmt.number(errorsByRow(s.errors).length)}
              color={s.errors.length ? 'red.8' : undefined}
            />
          </SimpleGrid>
          <ErrorAlert error={inviteAll.error ?? retry.error} />
          <Group>
            {failed && s.failure !== 'invalid_data' && (
              <Button
                leftSection={<IconRefresh size={16} aria-hidden />}
                loading={retry.isPending}
                onClick={() => retry.mutate(id)}
              >
                {t('people:import.retry')}
              </Button>
            )}
            {failed && (
              <Button leftSection={<IconFileImport size={16} aria-hidden />} variant="default" onClick={onRestart}>
                {t('people:import.startAgain')}
              </Button>
            )}
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
