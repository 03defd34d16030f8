import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../lib/api';
import { type Me, needsOrganisation } from '../../lib/me';

/**
 * After a session starts: load who I am, switch the app to my language, open the app. A person in several
 * organisations first chooses one — unless they are on their way to an invitation, which enters its own.
 */
export function useSignedIn() {
  const qc = useQueryClient();
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  return async (to: string, locale?: string) => {
    qc.removeQueries({ queryKey: ['me'] });
    let me: Me;
    try {
      me = await qc.fetchQuery({ queryKey: ['me'], queryFn: () => api.get<Me>('/api/me'), staleTime: 0 });
    } catch (err) {
      if (!needsOrganisation(err)) throw err;
      if (locale) await i18n.changeLanguage(locale);
      const next = to.startsWith('/invitation/') ? to : `/choose-organisation?next=${encodeURIComponent(to)}`;
      navigate(next, { replace: true });
      return;
    }
    await i18n.changeLanguage(locale ?? me.locale);
    navigate(to, { replace: true });
  };
}
