import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api';
import { useMe } from '../lib/me';

/** Italian/English switch; remembered in the browser and, when signed in, on the person. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const change = async (lng: string) => {
    await i18n.changeLanguage(lng);
    if (me.data) {
      await api.patch('/api/me', { locale: lng });
      await qc.invalidateQueries();
    }
  };
  return (
    <SegmentedControl
      size="xs"
      value={i18n.language}
      onChange={(v) => void change(v)}
      aria-label={t('common:language.label')}
      data={[
        { value: 'it', label: 'IT' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
