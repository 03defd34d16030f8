import { NumberInput, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TargetingFields } from '../news/TargetingFields';
import type { SurveyInputT } from './api';

type Settings = Pick<SurveyInputT, 'targeting' | 'remindAfterDays' | 'closesAt' | 'recurrence'>;

/** An ISO instant as the value of a datetime-local input (local time), and back. */
const toLocal = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocal = (v: string) => (v ? new Date(v).toISOString() : null);

/**
 * Who is asked (targeting as for posts, optionally only recent hires), the one reminder to those who have not
 * answered (nobody sees who they are), and when a one-off survey closes (pulses close each round themselves).
 */
export function SurveySettingsFields({ value, onChange }: { value: Settings; onChange: (v: Partial<Settings>) => void }) {
  const { t } = useTranslation();
  const { targeting } = value;
  return (
    <>
      <TargetingFields
        value={targeting}
        onChange={(tg) => onChange({ targeting: { ...tg, newHireDays: targeting.newHireDays } })}
      />
      <Switch
        label={t('surveys:editor.newHiresOnly')}
        checked={targeting.newHireDays !== null}
        onChange={(e) => onChange({ targeting: { ...targeting, newHireDays: e.currentTarget.checked ? 30 : null } })}
      />
      {targeting.newHireDays !== null && (
        <NumberInput
          label={t('surveys:editor.newHireDays')}
          min={1}
          max={730}
          allowDecimal={false}
          value={targeting.newHireDays}
          onChange={(v) => onChange({ targeting: { ...targeting, newHireDays: typeof v === 'number' ? v : 1 } })}
        />
      )}
      <Switch
        label={t('surveys:editor.remind')}
        description={t('surveys:editor.remindHelp')}
        checked={value.remindAfterDays !== null}
        onChange={(e) => onChange({ remindAfterDays: e.currentTarget.checked ? 5 : null })}
      />
      {value.remindAfterDays !== null && (
        <NumberInput
          label={t('surveys:editor.remindAfterDays')}
          min={1}
          max={60}
          allowDecimal={false}
          value={value.remindAfterDays}
          onChange={(v) => onChange({ remindAfterDays: typeof v === 'number' ? v : 1 })}
        />
      )}
      {value.recurrence === 'none' && (
        <TextInput
          type="datetime-local"
          label={t('surveys:editor.closesAt')}
          description={t('surveys:editor.closesAtHelp')}
          value={toLocal(value.closesAt)}
          onChange={(e) => onChange({ closesAt: fromLocal(e.currentTarget.value) })}
        />
      )}
    </>
  );
}
