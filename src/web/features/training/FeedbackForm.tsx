import { Button, Card, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { type TrainingDetailT, useLearnerActions } from './api';

/** After completing: how useful it was (1–5) and what would make it more useful to me — or what I already said. */
export function FeedbackForm({ training: d }: { training: TrainingDetailT }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const actions = useLearnerActions(d.id);
  const [usefulness, setUsefulness] = useState('4');
  const [suggestion, setSuggestion] = useState('');
  const e = d.enrolment;
  if (!e?.completedAt) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="feedback-title" id="feedback">
      <Stack gap="sm">
        <Title order={3} size="h5" id="feedback-title">
          {t('training:feedback.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('training:feedback.completedOn', { date: fmt.date(e.completedAt) })}
        </Text>
        {e.feedback ? (
          <>
            <Text size="sm">{t('training:feedback.yours', { score: e.feedback.usefulness })}</Text>
            {e.feedback.suggestion && <Text size="sm">«{e.feedback.suggestion}»</Text>}
            <Text size="sm" c="gray.7">
              {t('training:feedback.thanks')}
            </Text>
          </>
        ) : (
          <>
            <div>
              <Text size="sm" fw={500} id="usefulness-label">
                {t('training:feedback.usefulness')}
              </Text>
              <Text size="xs" c="gray.7" id="usefulness-hint">
                {t('training:feedback.scale')}
              </Text>
              <SegmentedControl
                mt={4}
                fullWidth
                value={usefulness}
                onChange={setUsefulness}
                aria-labelledby="usefulness-label"
                aria-describedby="usefulness-hint"
                data={['1', '2', '3', '4', '5']}
              />
            </div>
            <Textarea
              label={t('training:feedback.suggestion')}
              value={suggestion}
              onChange={(ev) => setSuggestion(ev.currentTarget.value)}
              maxLength={2000}
              autosize
              minRows={2}
            />
            <ErrorAlert error={actions.feedback.error} />
            <Button
              onClick={() => actions.feedback.mutate({ id: e.id, usefulness: Number(usefulness), suggestion })}
              loading={actions.feedback.isPending}
            >
              {t('training:feedback.submit')}
            </Button>
          </>
        )}
      </Stack>
    </Card>
  );
}
