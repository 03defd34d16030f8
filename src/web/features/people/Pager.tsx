import { Center, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Page numbers under the list; hidden when everything fits on one page. */
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
    first: t('people:pager.first'),
    previous: t('people:pager.previous'),
    next: t('people:pager.next'),
    last: t('people:pager.last'),
  };
  if (pages <= 1) return null;
  return (
    <Center>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        siblings={0}
        aria-label={t('people:pager.label')}
        getControlProps={(control) => ({ 'aria-label': controls[control] })}
        getItemProps={(p) => ({ 'aria-label': t('people:pager.page', { page: p }) })}
      />
    </Center>
  );
}
