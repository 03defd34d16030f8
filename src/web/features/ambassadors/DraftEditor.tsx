import { Badge, Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type GuidelineVersionT, useGuidelineStep, useSaveDraft } from './api';

type Props = { programmeId: string; draft?: GuidelineVersionT; latest?: GuidelineVersionT };

/**
 * Writing the next version (Markdown, both languages), saving it, opening it to members' comments and publishing:
 * a major version blocks sharing until each member accepts it, a minor one only notifies.
 */
export function DraftEditor({ programmeId, draft, latest }: Props) {
  const { t } = useTranslation();
  const save = useSaveDraft(programmeId);
  const step = useGuidelineStep(programmeId);
  const [bodyIt, setBodyIt] = useState(draft?.bodyIt ?? latest?.bodyIt ?? '');
  const [bodyEn, setBodyEn] = useState(draft?.bodyEn ?? latest?.bodyEn ?? '');
  const [kind, setKind] = useState<'major' | 'minor'>('major');
  const dirty = !draft || draft.bodyIt !== bodyIt || draft.bodyEn !== bodyEn;
  const saveDraft = () => save.mutateAsync({ versionId: draft?.id, bodyIt, bodyEn }) as Promise<{ id: string }>;
  // One chain of promises, not nested callbacks: saving refreshes the list, and the publish must still follow.
  const publish = async () => {
    const versionId = dirty || !draft ? (await saveDraft()).id : draft.id;
    await step.mutateAsync({ versionId, step: 'publish', kind });
  };
  const filled = bodyIt.trim() && bodyEn.trim();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="draft-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id="draft-title">
            {t('ambassadors:guidelinesEditor.draftTitle')}
          </Title>
          {draft?.status === 'consultation' && (
            <Badge color="grape.9">{t('ambassadors:guidelinesEditor.status.consultation')}</Badge>
          )}
        </Group>
        <Text size="sm" c="gray.7">
          {t('ambassadors:guidelinesEditor.markdownHint')}
        </Text>
        <Textarea
          label={t('ambassadors:guidelinesEditor.bodyIt')}
          autosize
          minRows={6}
          maxRows={20}
          value={bodyIt}
          onChange={(e) => {
            setBodyIt(e.currentTarget.value);
            step.reset();
          }}
        />
        <Textarea
          label={t('ambassadors:guidelinesEditor.bodyEn')}
          autosize
          minRows={6}
          maxRows={20}
          value={bodyEn}
          onChange={(e) => {
            setBodyEn(e.currentTarget.value);
            step.reset();
          }}
        />
        <Radio.Group
          label={t('ambassadors:guidelinesEditor.kind')}
          value={kind}
          onChange={(v) => setKind(v as 'major' | 'minor')}
        >
          <Stack gap={4} mt={4}>
            <Radio value="major" label={t('ambassadors:guidelinesEditor.major')} />
            <Radio value="minor" label={t('ambassadors:guidelinesEditor.minor')} />
          </Stack>
        </Radio.Group>
        <ErrorAlert error={save.error ?? step.error} />
        {step.isSuccess && (
          <Text size="sm" role="status">
            {t('ambassadors:guidelinesEditor.done')}
          </Text>
        )}
        <Group gap="xs">
          <Button
            variant="default"
            disabled={!filled || !dirty}
            loading={save.isPending}
            onClick={() => void saveDraft().catch(() => undefined)}
          >
            {t('ambassadors:guidelinesEditor.save')}
          </Button>
          {draft?.status === 'draft' && !dirty && (
            <Button
              variant="light"
              loading={step.isPending}
              onClick={() => step.mutate({ versionId: draft.id, step: 'consultation' })}
            >
              {t('ambassadors:guidelinesEditor.openComments')}
            </Button>
          )}
          <Button disabled={!filled} loading={step.isPending} onClick={() => void publish().catch(() => undefined)}>
            {t('ambassadors:guidelinesEditor.publish')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
