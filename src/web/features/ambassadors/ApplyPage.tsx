import { Button, Checkbox, Group, NumberInput, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { type ApplyBodyT, useApply, useMyProgrammes } from './api';

const networks = ['linkedin', 'x', 'facebook', 'instagram', 'whatsapp', 'telegram', 'other'] as const;
const networkKeys: Record<(typeof networks)[number], string> = {
  linkedin: 'ambassadors:network.linkedin',
  x: 'ambassadors:network.x',
  facebook: 'ambassadors:network.facebook',
  instagram: 'ambassadors:network.instagram',
  whatsapp: 'ambassadors:network.whatsapp',
  telegram: 'ambassadors:network.telegram',
  other: 'ambassadors:network.other',
};

/** Applying from a phone: why, where one speaks, how many listen (optional), when one is available. */
export function ApplyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const mine = useMyProgrammes();
  const apply = useApply(id);
  const [motivation, setMotivation] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [audience, setAudience] = useState<number | string>('');
  const [availability, setAvailability] = useState('');
  const programme = mine.data?.items.find((p) => p.id === id);
  if (mine.isLoading) return <Loading />;
  const submit = () => {
    const body: ApplyBodyT = {
      motivation,
      networks: chosen as ApplyBodyT['networks'],
      audienceSize: typeof audience === 'number' ? audience : null,
      availability,
    };
    apply.mutate(body, { onSuccess: () => navigate(`/ambassadors/${id}`) });
  };
  return (
    <Stack maw={560} mx="auto" gap="md">
      <div>
        <Title order={2}>{t('ambassadors:apply.title', { name: programme?.name ?? '' })}</Title>
        <Text size="sm" c="gray.7">
          {t('ambassadors:apply.intro')}
        </Text>
      </div>
      <Textarea
        label={t('ambassadors:apply.motivation')}
        description={t('ambassadors:apply.motivationHint')}
        required
        autosize
        minRows={4}
        maxLength={2000}
        value={motivation}
        onChange={(e) => setMotivation(e.currentTarget.value)}
      />
      <Checkbox.Group label={t('ambassadors:apply.networks')} value={chosen} onChange={setChosen}>
        <Group gap="sm" mt={6}>
          {networks.map((n) => (
            <Checkbox key={n} value={n} label={t(networkKeys[n])} />
          ))}
        </Group>
      </Checkbox.Group>
      <NumberInput
        label={t('ambassadors:apply.audience')}
        description={t('ambassadors:apply.audienceHint')}
        min={0}
        max={100_000_000}
        allowDecimal={false}
        value={audience}
        onChange={setAudience}
      />
      <TextInput
        label={t('ambassadors:apply.availability')}
        description={t('ambassadors:apply.availabilityHint')}
        maxLength={500}
        value={availability}
        onChange={(e) => setAvailability(e.currentTarget.value)}
      />
      <ErrorAlert error={apply.error} />
      <Button onClick={submit} loading={apply.isPending} disabled={!motivation.trim()} style={{ alignSelf: 'flex-start' }}>
        {t('ambassadors:apply.submit')}
      </Button>
    </Stack>
  );
}
