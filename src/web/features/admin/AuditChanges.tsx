import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { useRoleNames } from '../auth/role-names';
import { useChangeLabels } from './change-labels';

type Data = Record<string, unknown>;

const isChange = (v: unknown): v is { from: unknown; to: unknown } => !!v && typeof v === 'object' && 'from' in v && 'to' in v;

/** What an audited change changed, old → new: settings, roles, a status; or which fields of a person or post. */
export function AuditChanges({ action, data }: { action: string; data: Data }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const roleNames = useRoleNames();
  const labels = useChangeLabels();
  const value = (key: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('admin:audit.details.notSet');
    if (typeof v === 'boolean') return v ? t('admin:audit.details.yes') : t('admin:audit.details.no');
    if (typeof v === 'number') return key === 'costPerClick' || key === 'cpm' ? fmt.currency(v) : fmt.number(v, 2);
    if (Array.isArray(v)) return v.length ? v.map(String).join(', ') : t('admin:audit.details.none');
    return `«${String(v)}»`;
  };
  const lines: string[] = [];
  if (action === 'organisation.settings_updated') {
    for (const [key, change] of Object.entries(data))
      if (isChange(change))
        lines.push(
          t('admin:audit.details.change', {
            label: labels.setting(key),
            from: value(key, change.from),
            to: value(key, change.to),
          }),
        );
  } else if (action === 'person.roles_changed' && Array.isArray(data.from) && Array.isArray(data.to)) {
    lines.push(t('admin:audit.details.roles', { from: roleNames(data.from) || '—', to: roleNames(data.to) || '—' }));
  } else if (typeof data.from === 'string' && typeof data.to === 'string' && action.startsWith('post.')) {
    lines.push(t('admin:audit.details.status', { from: labels.status(data.from), to: labels.status(data.to) }));
  } else if (typeof data.from === 'string' && typeof data.to === 'string') {
    lines.push(t('admin:audit.details.status', { from: data.from, to: data.to }));
  }
  if (Array.isArray(data.fields) && data.fields.length > 0)
    lines.push(t('admin:audit.details.fields', { fields: data.fields.map((f) => labels.field(String(f))).join(', ') }));
  if (action === 'people.import_failed' && typeof data.reason === 'string') lines.push(labels.importFailure(data.reason));
  if (typeof data.reason === 'string' && action !== 'people.import_failed' && data.reason)
    lines.push(t('admin:audit.details.reason', { reason: data.reason }));
  if (lines.length === 0) return null;
  return (
    <List size="xs" c="gray.7" mt={2} spacing={0} listStyleType="none">
      {lines.map((l) => (
        <List.Item key={l}>
          <Text span size="xs" c="gray.7">
            {l}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
