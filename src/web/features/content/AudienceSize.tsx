import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { useAudienceCount } from './audience-api';
import type { PostForm } from './form';

/** The audience, counted live: how many colleagues will find the post in their feed; a warning when nobody will. */
export function AudienceSize({ form }: { form: PostForm }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const q = useAudienceCount(form);
  if (!q.data) return null;
  if (q.data.people === 0)
    return (
      <Alert
        color="red"
        variant="light"
        role="status"
        icon={<IconAlertTriangle size={18} aria-hidden />}
        title={t('content:reach.noneTitle')}
      >
        <Text size="sm" c="dark.7">
          {t('content:reach.noneBody')}
        </Text>
      </Alert>
    );
  return (
    <Text size="sm" role="status" c="dark.6" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
      <IconUsers size={16} aria-hidden />
      {t('content:reach.count', { count: q.data.people, n: fmt.number(q.data.people), total: fmt.number(q.data.total) })}
    </Text>
  );
}
