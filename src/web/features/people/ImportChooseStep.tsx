import { Anchor, Button, Code, FileInput, Group, Stack, Text } from '@mantine/core';
import { IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../lib/FormErrorAlert';
import { issuesOf, useFieldErrors } from '../../lib/field-errors';
import { useImportPreview } from './api';
import { downloadTemplate, IMPORT_COLUMNS } from './template';
import type { ImportPreviewT } from './types';

/** Step 1: the file, read in the browser and sent as text; the server answers with a preview and changes nothing yet. */
export function ImportChooseStep({ onPreview }: { onPreview: (p: ImportPreviewT) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [readError, setReadError] = useState(false);
  const preview = useImportPreview();
  // The file is the request's `csv` field: its problems (too large, missing columns, unreadable text) show under it.
  const fe = useFieldErrors(preview.error, { fields: ['csv'], codes: { 'people.import_missing_columns': 'csv' } });
  const tooLarge = issuesOf(preview.error).some((i) => i.path === 'csv' && i.code === 'too_big');
  const fileError = readError ? t('people:import.readError') : tooLarge ? t('people:import.tooLarge') : fe.error('csv');
  const send = async () => {
    if (!file) return;
    setReadError(false);
    let csv: string;
    try {
      csv = await file.text();
    } catch {
      setReadError(true);
      return;
    }
    preview.mutate(csv, { onSuccess: onPreview });
  };
  return (
    <Stack gap="md" mt="md">
      <Text size="sm">{t('people:import.help')}</Text>
      <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {IMPORT_COLUMNS.map((c) => (
          <li key={c}>
            <Code fz="sm">{c}</Code>
          </li>
        ))}
      </Group>
      <Text size="sm" c="gray.7">
        {t('people:import.helpValues')}
      </Text>
      <Anchor component="button" type="button" size="sm" onClick={downloadTemplate} style={{ alignSelf: 'flex-start' }}>
        {t('people:import.template')}
      </Anchor>
      <FileInput
        label={t('people:import.file')}
        accept=".csv,text/csv"
        leftSection={<IconFileTypeCsv size={16} aria-hidden />}
        value={file}
        onChange={(f) => {
          fe.edited('csv');
          setReadError(false);
          setFile(f);
        }}
        error={fileError}
        clearable
        clearButtonProps={{ 'aria-label': t('people:import.clearFile') }}
        maw={480}
      />
      <FormErrorAlert errors={fe} />
      <Group>
        <Button
          leftSection={<IconUpload size={16} aria-hidden />}
          disabled={!file}
          loading={preview.isPending}
          onClick={() => void send()}
        >
          {t('people:import.check')}
        </Button>
      </Group>
    </Stack>
  );
}
