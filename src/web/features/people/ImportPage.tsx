import { Anchor, Stack, Stepper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequirePermission } from '../../lib/RequirePermission';
import { ImportChooseStep } from './ImportChooseStep';
import { ImportPreviewStep } from './ImportPreviewStep';
import { ImportProgressStep } from './ImportProgressStep';
import type { ImportPreviewT } from './types';

/** CSV import in three steps: choose a file, check the preview, follow the import (it runs in the background). */
export function ImportPage() {
  return (
    <RequirePermission permission="people.write">
      <ImportPageContent />
    </RequirePermission>
  );
}

function ImportPageContent() {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<ImportPreviewT | null>(null);
  const [runningId, setRunningId] = useState<string | null>(null);
  const step = runningId ? 2 : preview ? 1 : 0;
  return (
    <Stack gap="md" maw={960}>
      <Anchor component={Link} to="/people" size="sm">
        {t('people:form.back')}
      </Anchor>
      <div>
        <Title order={2}>{t('people:import.title')}</Title>
        <Text size="sm" c="gray.7">
          {t('people:import.intro')}
        </Text>
      </div>
      <Stepper active={step} size="sm" iconSize={32} allowNextStepsSelect={false} wrap={false}>
        <Stepper.Step label={t('people:import.steps.choose')}>
          <ImportChooseStep onPreview={setPreview} />
        </Stepper.Step>
        <Stepper.Step label={t('people:import.steps.preview')}>
          {preview && <ImportPreviewStep preview={preview} onBack={() => setPreview(null)} onStarted={setRunningId} />}
        </Stepper.Step>
        <Stepper.Step label={t('people:import.steps.import')}>
          {runningId && (
            <ImportProgressStep
              id={runningId}
              onRestart={() => {
                setRunningId(null);
                setPreview(null);
              }}
            />
          )}
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
