import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../lib/api';
import type { Me } from '../../lib/me';

/** After a session starts: load who I am, switch the app to my language, open the app. */
export function useSignedIn() {
  const qc = useQueryClient();
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  return async (to: string, locale?: string) => {
    const me = await qc.fetchQuery({ queryKey: ['me'], queryFn: () => api.get<Me>('/api/me'), staleTime: 0 });
    await i18n.changeLanguage(locale ?? me.locale);
    navigate(to, { replace: true });
  };
}
