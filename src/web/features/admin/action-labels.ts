import { useTranslation } from 'react-i18next';
import { sentenceKeys } from './audit-sentences';

/**
 * Short names of the audit actions for the filter: each action's sentence without its people, e.g. "Ha archiviato
 * il post «…»" (one wording per action to keep in the catalogue, not two).
 */
export function useActionLabel() {
  const { t } = useTranslation();
  const label = (action: string) => {
    const key = sentenceKeys[action];
    if (!key) return action;
    const text = t(key, { defaultValue: action, count: 0, created: '…', updated: '…', skipped: '…', errors: '…', reason: '…' })
      .replace(/<actor\s*\/>\s*/g, '')
      .replace(/<target\s*\/>/g, '…')
      .replace(/<\/?\w+\s*\/?>/g, '')
      .trim();
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  return { known: Object.keys(sentenceKeys), label };
}
