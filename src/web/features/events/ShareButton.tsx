import { Button, Group, Text, TextInput } from '@mantine/core';
import { IconShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useShareLink } from './api';

/** My tracked link to the event page, copied to the clipboard where the browser allows it (clicks are counted). */
export function ShareButton({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const link = useShareLink(eventId);
  const share = () =>
    link.mutate(undefined, {
      onSuccess: (r) => {
        void navigator.clipboard?.writeText(r.url).catch(() => undefined);
      },
    });
  return (
    <>
      <Group gap="sm">
        <Button variant="default" leftSection={<IconShare size={16} aria-hidden />} loading={link.isPending} onClick={share}>
          {t('events:share.button')}
        </Button>
        {link.data && (
          <Text size="sm" c="gray.7" role="status">
            {t('events:share.copied')}
          </Text>
        )}
      </Group>
      {link.data && (
        <TextInput readOnly label={t('events:share.label')} value={link.data.url} onFocus={(e) => e.currentTarget.select()} />
      )}
      <ErrorAlert error={link.error} />
    </>
  );
}
