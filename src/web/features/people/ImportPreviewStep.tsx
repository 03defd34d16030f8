import { Badge, Button, Group, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { useImportConfirm } from './api';
import { ImportStat } from './ImportStat';
import { errorsByRow } from './import-errors';
import { useLabels } from './labels';
import type { ImportPreviewT } from './types';

const actionColor = { create: 'green', update: 'blue', error: 'red' } as const;

/** Step 2: what the file would do; rows with problems are listed and will be skipped. */
export function ImportPreviewStep({
  preview,
  onBack,
  onStarted,
}: {
  preview: ImportPreviewT;
  onBack: () => void;
  onStarted: (id: string) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const labels = useLabels();
  const confirm = useImportConfirm();
  const errorRows = errorsByRow(preview.errors);
  const action = {
    create: t('people:import.action.create'),
    update: t('people:import.action.update'),
    error: t('people:import.action.error'),
  };
  return (
    <Stack gap="md" mt="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <ImportStat label={t('people:import.stats.rows')} value={fmt.number(preview.total)} />
        <ImportStat label={t('people:import.stats.toCreate')} value={fmt.number(preview.toCreate)} />
        <ImportStat label={t('people:import.stats.toUpdate')} value={fmt.number(preview.toUpdate)} />
        <ImportStat
          label={t('people:import.stats.errors')}
          value={fmt.number(errorRows.length)}
          color={errorRows.length ? 'red.8' : undefined}
        />
      </SimpleGrid>
      {errorRows.length > 0 && (
        <section aria-labelledby="import-errors">
          <Title order={3} size="h5" id="import-errors" mb={4}>
            {t('people:import.errorsTitle')}
          </Title>
          <Text size="sm" c="gray.7" mb="xs">
            {t('people:import.errorsHint')}
          </Text>
          <ScrollArea.Autosize mah={320} type="auto">
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('people:import.col.row')}</Table.Th>
                  <Table.Th>{t('people:import.col.email')}</Table.Th>
                  <Table.Th>{t('people:import.col.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {errorRows.map((e) => (
                  <Table.Tr key={e.row}>
                    <Table.Td>{fmt.number(e.row)}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{e.email || '—'}</Table.Td>
                    <Table.Td>
                      {/* Every problem of the row, so one correction of the file fixes them all. */}
                      {e.codes.map((code) => (
                        <Text key={code} size="sm">
                          {labels.importError(code)}
                        </Text>
                      ))}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </section>
      )}
      {preview.sample.length > 0 && (
        <section aria-labelledby="import-sample">
          <Title order={3} size="h5" id="import-sample" mb="xs">
            {t('people:import.sampleTitle')}
          </Title>
          <ScrollArea type="auto" viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': t('people:import.sampleTitle') }}>
            <Table striped miw={520}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('people:import.col.row')}</Table.Th>
                  <Table.Th>{t('people:col.name')}</Table.Th>
                  <Table.Th>{t('people:col.department')}</Table.Th>
                  <Table.Th>{t('people:import.col.action')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.sample.map((s) => (
                  <Table.Tr key={s.row}>
                    <Table.Td>{fmt.number(s.row)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{s.name || '—'}</Text>
                      <Text size="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                        {s.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>{[s.department, s.site].filter(Boolean).join(' · ') || '—'}</Table.Td>
                    <Table.Td>
                      <Badge
                        color={actionColor[s.action]}
                        variant="dot"
                        title={s.codes.length ? s.codes.map(labels.importError).join('; ') : undefined}
                      >
                        {action[s.action]}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </section>
      )}
      <ErrorAlert error={confirm.error} />
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t('people:import.back')}
        </Button>
        <Button
          disabled={preview.valid === 0}
          loading={confirm.isPending}
          onClick={() => confirm.mutate(preview.id, { onSuccess: () => onStarted(preview.id) })}
        >
          {t('people:import.confirm', { count: preview.valid, formatted: fmt.number(preview.valid) })}
        </Button>
      </Group>
    </Stack>
  );
}
