import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutboxMessageT } from '../../../server/modules/mail/contract';

const colors = { queued: 'gray', sending: 'indigo', sent: 'green', kept: 'blue', failed: 'red' } as const;

/** Delivery state of an e-mail; "kept" = stayed in the outbox because no SMTP server is configured. */
export function StatusBadge({ status }: { status: OutboxMessageT['status'] }) {
  const { t } = useTranslation();
  const labels = {
    queued: t('admin:outbox.status.queued'),
    sending: t('admin:outbox.status.sending'),
    sent: t('admin:outbox.status.sent'),
    kept: t('admin:outbox.status.kept'),
    failed: t('admin:outbox.status.failed'),
  };
  return (
    <Badge color={colors[status]} variant="light">
      {labels[status]}
    </Badge>
  );
}
