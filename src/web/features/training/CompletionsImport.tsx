import { Alert, Button, Card, FileInput, Group, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type CompletionsImportResultT, useAdminActions } from './api';

const codeKeys = {
  missing_email: 'training:import.code.missing_email',
  unknown_person: 'training:import.code.unknown_person',
  missing_training: 'training:import.code.missing_training',
  unknown_training: 'training:import.code.unknown_training',
  ambiguous_training: 'training:import.code.ambiguous_training',
  invalid_date: 'training:import.code.invalid_date',
  future_date: 'training:import.code.future_date',
  duplicate_in_file: 'training:import.code.duplicate_in_file',
} as const;
const columnKeys = {
  email: 'training:import.column.email',
  training: 'training:import.column.training',
  completed: 'training:import.column.completed',
} as const;

/** An LMS export: checked first (an error per row, as in the people import), then the valid rows are recorded. */
export function CompletionsImport() {
  const { t } = useTranslation();
  const { importCsv } = useAdminActions();
  const [csv, setCsv] = useState<string | null>(null);
  const [result, setResult] = useState<CompletionsImportResultT | null>(null);
  const run = (apply: boolean) =>
    csv &&
    importCsv.mutate(
      { csv, apply },
      {
        onSuccess: (r) => {
          setResult(r);
          if (apply) notifications.show({ color: 'green', message: t('training:import.applied', { count: r.applied }) });
        },
      },
    );
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="import-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="import-title">
          {t('training:import.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('training:import.hint')}
        </Text>
        <FileInput
          label={t('training:import.file')}
          accept=".csv,text/csv"
          onChange={async (file) => {
            setResult(null);
            setCsv(file ? await file.text() : null);
          }}
          clearable
        />
        <ErrorAlert error={importCsv.error} />
        {result && result.missingColumns.length > 0 && (
          <Alert color="red">
            {t('training:import.missing', {
              columns: result.missingColumns.map((c) => t(columnKeys[c as keyof typeof columnKeys])).join(', '),
            })}
          </Alert>
        )}
        {result && result.missingColumns.length === 0 && (
          <Text size="sm" role="status">
            {t('training:import.summary', { total: result.total, valid: result.valid, errors: result.errors.length })}
          </Text>
        )}
        {result && result.errors.length > 0 && (
          <ScrollArea
            type="auto"
            h={Math.min(320, 48 + result.errors.length * 36)}
            viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': t('training:import.errors') }}
          >
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('training:import.row')}</Table.Th>
                  <Table.Th>{t('training:import.problem')}</Table.Th>
                  <Table.Th>{t('training:import.value')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.errors.map((e) => (
                  <Table.Tr key={`${e.row}-${e.code}`}>
                    <Table.Td>{e.row}</Table.Td>
                    <Table.Td>{t(codeKeys[e.code])}</Table.Td>
                    <Table.Td>{e.value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" disabled={!csv} loading={importCsv.isPending} onClick={() => run(false)}>
            {t('training:import.check')}
          </Button>
          <Button
            disabled={!csv || !result || result.valid === 0 || result.applied > 0}
            loading={importCsv.isPending}
            onClick={() => run(true)}
          >
            {t('training:import.apply', { count: result?.valid ?? 0 })}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
