import { Button, Checkbox, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useOrgSettings } from '../settings/api';
import type { EventInputT, EventViewT } from './api';
import { eventTypes, typeLabel } from './labels';

const empty: EventInputT = {
  type: 'plant_visit',
  titleIt: '',
  titleEn: '',
  descriptionIt: '',
  descriptionEn: '',
  startsAt: '',
  endsAt: '',
  // Empty: the organisation's zone (its settings), applied by the server.
  timeZone: undefined,
  site: '',
  address: '',
  capacity: 20,
  registrationOpensAt: null,
  registrationClosesAt: null,
  targetAll: true,
  targets: [],
  status: 'published',
};

function fromView(e: EventViewT): EventInputT {
  return {
    ...empty,
    ...e,
    startsAt: e.startsAtLocal,
    endsAt: e.endsAtLocal,
    site: e.site ?? '',
    address: e.address ?? '',
    registrationOpensAt: null,
    registrationClosesAt: null,
    status: e.status === 'draft' ? 'draft' : 'published',
  };
}

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** The event form: both languages, local times in the event's zone, capacity, audience (departments, sites). */
export function EventEditor({
  event,
  saving,
  error,
  onSave,
}: {
  event?: EventViewT;
  saving: boolean;
  error: unknown;
  onSave: (v: EventInputT) => void;
}) {
  const { t } = useTranslation();
  const orgZone = useOrgSettings().data?.timeZone ?? '';
  const [v, setV] = useState<EventInputT>(event ? fromView(event) : empty);
  const [departments, setDepartments] = useState(
    event?.targets
      .filter((x) => x.kind === 'department')
      .map((x) => x.value)
      .join(', ') ?? '',
  );
  const [sites, setSites] = useState(
    event?.targets
      .filter((x) => x.kind === 'site')
      .map((x) => x.value)
      .join(', ') ?? '',
  );
  const set = <K extends keyof EventInputT>(k: K, value: EventInputT[K]) => setV((o) => ({ ...o, [k]: value }));
  const submit = (ev: React.FormEvent) => {
    ev.preventDefault();
    const targets = [
      ...list(departments).map((value) => ({ kind: 'department' as const, value })),
      ...list(sites).map((value) => ({ kind: 'site' as const, value })),
    ];
    onSave({ ...v, timeZone: v.timeZone?.trim() || undefined, targets: v.targetAll ? [] : targets });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Select
          label={t('events:form.type')}
          data={eventTypes.map((k) => ({ value: k, label: typeLabel(t, k) }))}
          value={v.type}
          onChange={(x) => x && set('type', x as EventInputT['type'])}
          allowDeselect={false}
        />
        <TextInput
          label={t('events:form.titleIt')}
          required
          value={v.titleIt}
          onChange={(e) => set('titleIt', e.currentTarget.value)}
        />
        <TextInput
          label={t('events:form.titleEn')}
          required
          value={v.titleEn}
          onChange={(e) => set('titleEn', e.currentTarget.value)}
        />
        <Textarea
          label={t('events:form.descriptionIt')}
          autosize
          minRows={2}
          value={v.descriptionIt}
          onChange={(e) => set('descriptionIt', e.currentTarget.value)}
        />
        <Textarea
          label={t('events:form.descriptionEn')}
          autosize
          minRows={2}
          value={v.descriptionEn}
          onChange={(e) => set('descriptionEn', e.currentTarget.value)}
        />
        <Group grow wrap="wrap">
          <TextInput
            type="datetime-local"
            label={t('events:form.startsAt')}
            required
            value={v.startsAt}
            onChange={(e) => set('startsAt', e.currentTarget.value)}
          />
          <TextInput
            type="datetime-local"
            label={t('events:form.endsAt')}
            required
            value={v.endsAt}
            onChange={(e) => set('endsAt', e.currentTarget.value)}
          />
        </Group>
        <TextInput
          label={t('events:form.timeZone')}
          description={t('events:form.timeZoneHelp', { zone: orgZone })}
          placeholder={orgZone}
          value={v.timeZone ?? ''}
          onChange={(e) => set('timeZone', e.currentTarget.value)}
        />
        <TextInput label={t('events:form.site')} value={v.site ?? ''} onChange={(e) => set('site', e.currentTarget.value)} />
        <TextInput
          label={t('events:form.address')}
          value={v.address ?? ''}
          onChange={(e) => set('address', e.currentTarget.value)}
        />
        <NumberInput
          label={t('events:form.capacity')}
          min={1}
          max={100000}
          value={v.capacity}
          onChange={(x) => set('capacity', typeof x === 'number' ? x : Number(x) || 1)}
        />
        <Group grow wrap="wrap">
          <TextInput
            type="datetime-local"
            label={t('events:form.opensAt')}
            value={v.registrationOpensAt ?? ''}
            onChange={(e) => set('registrationOpensAt', e.currentTarget.value || null)}
          />
          <TextInput
            type="datetime-local"
            label={t('events:form.closesAt')}
            value={v.registrationClosesAt ?? ''}
            onChange={(e) => set('registrationClosesAt', e.currentTarget.value || null)}
          />
        </Group>
        <Checkbox
          label={t('events:form.targetAll')}
          checked={v.targetAll}
          onChange={(e) => set('targetAll', e.currentTarget.checked)}
        />
        {!v.targetAll && (
          <>
            <TextInput
              label={t('events:form.departments')}
              description={t('events:form.listHelp')}
              value={departments}
              onChange={(e) => setDepartments(e.currentTarget.value)}
            />
            <TextInput
              label={t('events:form.sites')}
              description={t('events:form.listHelp')}
              value={sites}
              onChange={(e) => setSites(e.currentTarget.value)}
            />
          </>
        )}
        <Checkbox
          label={t('events:form.draft')}
          checked={v.status === 'draft'}
          onChange={(e) => set('status', e.currentTarget.checked ? 'draft' : 'published')}
        />
        <ErrorAlert error={error} />
        <Button type="submit" loading={saving}>
          {t('events:form.save')}
        </Button>
      </Stack>
    </form>
  );
}
