import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * "Download" with a choice of file: Excel (.xlsx, typed cells, opens right in any language) or CSV (the server picks
 * the separator of the reader's Excel: ';' in Italian, ',' in English). Plain links: the browser sends the session
 * cookie and saves the file the server names. `csvHref` is the CSV address; the XLSX one differs by extension.
 */
export function DownloadMenu({ csvHref, label, compact = false }: { csvHref: string; label: string; compact?: boolean }) {
  const { t } = useTranslation();
  const xlsxHref = csvHref.replace(/\.csv(?=\?|$)/, '.xlsx');
  return (
    // No initial-focus placeholder: Mantine's is a role="presentation" child that a menu may not own (axe: critical).
    <Menu position="bottom-end" withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant={compact ? 'subtle' : 'default'}
          size={compact ? 'compact-sm' : 'sm'}
          aria-label={label}
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          {t('common:download.label')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={xlsxHref} download leftSection={<IconFileSpreadsheet size={16} aria-hidden />}>
          {t('common:download.xlsx')}
        </Menu.Item>
        <Menu.Item component="a" href={csvHref} download leftSection={<IconFileTypeCsv size={16} aria-hidden />}>
          {t('common:download.csv')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
