import { Button, NumberInput, Paper, Select, Stack, Switch, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { FormErrorAlert } from '../../lib/FormErrorAlert';
import { useFieldErrors } from '../../lib/field-errors';
import { RequirePermission } from '../../lib/RequirePermission';
import { type OrgSettingsT, useOrgSettings, useSaveOrgSettings } from './api';

/** The runtime's IANA zones (the server checks with Intl too), with the current one even if the browser lacks it. */
function zones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

/** /settings: the organisation's name, sharing rules (disclosure, blocked words, approval) and EMV rates. Admins only. */
export function SettingsPage() {
  return (
    <RequirePermission permission="org.settings">
      <Settings />
    </RequirePermission>
  );
}

function Settings() {
  const { t } = useTranslation();
  const settings = useOrgSettings();
  return (
    <Stack maw={640} gap="md">
      <Title order={2}>{t('settings:title')}</Title>
      {settings.isLoading && <Loading />}
      <ErrorAlert error={settings.error} />
      {settings.data && <SettingsForm initial={settings.data} />}
    </Stack>
  );
}

function SettingsForm({ initial }: { initial: OrgSettingsT }) {
  const { t } = useTranslation();
  const save = useSaveOrgSettings();
  const fe = useFieldErrors(save.error, { fields: ['name', 'timeZone', 'disclosure', 'blockedWords', 'costPerClick', 'cpm'] });
  const [f, setF] = useState({ ...initial, disclosure: initial.disclosure ?? '' });
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => {
    fe.edited(k);
    setF((s) => ({ ...s, [k]: v }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { name, timeZone, disclosure, blockedWords, approvalRequired, costPerClick, cpm } = f;
    save.mutate(
      { name, timeZone, disclosure: disclosure || null, blockedWords, approvalRequired, costPerClick, cpm },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: t('settings:saved'),
          }),
      },
    );
  };
  return (
    <form ref={fe.formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert errors={fe} />
        <Paper withBorder p="md" component="section" aria-labelledby="set-org">
          <Title order={3} size="h4" id="set-org" mb="sm">
            {t('settings:org.title')}
          </Title>
          <TextInput
            label={t('settings:org.name')}
            required
            maxLength={120}
            error={fe.error('name')}
            value={f.name}
            onChange={(e) => set('name', e.currentTarget.value)}
          />
          <Select
            mt="sm"
            label={t('settings:org.timeZone')}
            description={t('settings:org.timeZoneHint')}
            searchable
            allowDeselect={false}
            data={zones(f.timeZone)}
            error={fe.error('timeZone')}
            value={f.timeZone}
            onChange={(v) => v && set('timeZone', v)}
          />
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="set-sharing">
          <Title order={3} size="h4" id="set-sharing" mb="sm">
            {t('settings:sharing.title')}
          </Title>
          <Stack gap="sm">
            <TextInput
              label={t('settings:sharing.disclosure')}
              description={t('settings:sharing.disclosureHint')}
              maxLength={60}
              error={fe.error('disclosure')}
              value={f.disclosure}
              onChange={(e) => set('disclosure', e.currentTarget.value)}
            />
            <TagsInput
              label={t('settings:sharing.blockedWords')}
              description={t('settings:sharing.blockedWordsHint')}
              maxLength={60}
              maxTags={200}
              error={fe.error('blockedWords')}
              value={f.blockedWords}
              onChange={(v) => set('blockedWords', v)}
            />
            <Switch
              label={t('settings:sharing.approval')}
              description={t('settings:sharing.approvalHint')}
              checked={f.approvalRequired}
              onChange={(e) => set('approvalRequired', e.currentTarget.checked)}
            />
          </Stack>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="set-emv">
          <Title order={3} size="h4" id="set-emv" mb="xs">
            {t('settings:emv.title')}
          </Title>
          <Text size="sm" c="gray.7" mb="sm">
            {t('settings:emv.hint')}
          </Text>
          <Stack gap="sm">
            <NumberInput
              label={t('settings:emv.costPerClick')}
              prefix="€ "
              min={0}
              max={1000}
              decimalScale={2}
              error={fe.error('costPerClick')}
              value={f.costPerClick}
              onChange={(v) => set('costPerClick', typeof v === 'number' ? v : 0)}
            />
            <NumberInput
              label={t('settings:emv.cpm')}
              description={t('settings:emv.cpmHint')}
              prefix="€ "
              min={0}
              max={100000}
              decimalScale={2}
              error={fe.error('cpm')}
              value={f.cpm}
              onChange={(v) => set('cpm', typeof v === 'number' ? v : 0)}
            />
          </Stack>
        </Paper>
        <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('settings:save')}
        </Button>
      </Stack>
    </form>
  );
}
