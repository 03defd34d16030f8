import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <EmptyState title={t('common:notFound.title')}>{t('common:notFound.body')}</EmptyState>;
}
