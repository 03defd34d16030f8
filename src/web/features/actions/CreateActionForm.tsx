import { Alert, Button, Fieldset, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useActionWrites } from './api';

/** From a survey's results: what people said and what the company will do about it, onto the public board. */
export function CreateActionForm({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation();
  const { create } = useActionWrites();
  const [youSaid, setYouSaid] = useState('');
  const [weDo, setWeDo] = useState('');
  return (
    <Fieldset legend={t('actions:create.legend')}>
      <Stack gap="xs">
        <Textarea
          label={t('actions:create.youSaid')}
          autosize
          minRows={2}
          value={youSaid}
          onChange={(e) => setYouSaid(e.currentTarget.value)}
        />
        <Textarea
          label={t('actions:create.weDo')}
          autosize
          minRows={2}
          value={weDo}
          onChange={(e) => setWeDo(e.currentTarget.value)}
        />
        <ErrorAlert error={create.error} />
        {create.isSuccess && (
          <Alert color="teal" role="status">
            {t('actions:create.done')} <Link to="/actions">{t('actions:create.seeBoard')}</Link>
          </Alert>
        )}
        <Button
          variant="default"
          loading={create.isPending}
          onClick={() =>
            create.mutate(
              { surveyId, youSaid, weDo, ownerId: null },
              {
                onSuccess: () => {
                  setYouSaid('');
                  setWeDo('');
                },
              },
            )
          }
          style={{ alignSelf: 'flex-start' }}
        >
          {t('actions:create.save')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
