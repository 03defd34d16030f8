import { Anchor, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A plain link: the browser sends the session cookie and saves the file the server names. */
export function CsvLink({ href, label }: { href: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Anchor href={href} download size="sm" aria-label={label} title={label}>
      <Group gap={4} wrap="nowrap">
        <IconDownload size={16} aria-hidden />
        {t('analytics:csv.label')}
      </Group>
    </Anchor>
  );
}
