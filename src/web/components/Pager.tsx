import { Center, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Page numbers under a list (people, audit log, outbox); hidden when everything fits on one page. */
export function Pager({
  page,
  total,
  pageSize,
  onChange,
}: {
  page: number;
  total: number;
  pageSize: number;
  onChange: (p: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.ceil(total / pageSize);
  const controls: Record<string, string> = {
    first: t('common:pager.first'),
    previous: t('common:pager.previous'),
    next: t('common:pager.next'),
    last: t('common:pager.last'),
  };
  if (pages <= 1) return null;
  return (
    <Center>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        siblings={0}
        aria-label={t('common:pager.label')}
        getControlProps={(control) => ({ 'aria-label': controls[control] })}
        getItemProps={(p) => ({ 'aria-label': t('common:pager.page', { page: p }) })}
      />
    </Center>
  );
}
