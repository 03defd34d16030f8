import { ActionIcon, Button, Card, Checkbox, Group, NumberInput, Stack, Switch, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { QuizT } from './api';

type Question = QuizT['questions'][number];
const blankOption = () => ({ textIt: '', textEn: '', correct: false });
const blankQuestion = (): Question => ({ textIt: '', textEn: '', options: [blankOption(), blankOption()] });

/** The quiz on the guidelines: questions and answers in both languages, the right ones ticked, the pass mark. */
export function QuizEditor({ quiz, onChange }: { quiz: QuizT | null; onChange: (q: QuizT | null) => void }) {
  const { t } = useTranslation();
  const setQ = (i: number, q: Question) =>
    quiz && onChange({ ...quiz, questions: quiz.questions.map((x, j) => (j === i ? q : x)) });
  return (
    <Card withBorder padding="md" component="fieldset">
      <Title order={3} size="h5" component="legend">
        {t('ambassadors:editor.quiz')}
      </Title>
      <Stack gap="sm">
        <Switch
          label={t('ambassadors:editor.quizOn')}
          checked={!!quiz}
          onChange={(e) => onChange(e.currentTarget.checked ? { passMark: 80, questions: [blankQuestion()] } : null)}
        />
        {quiz && (
          <NumberInput
            label={t('ambassadors:editor.passMark')}
            min={1}
            max={100}
            suffix=" %"
            allowDecimal={false}
            value={quiz.passMark}
            onChange={(v) => onChange({ ...quiz, passMark: typeof v === 'number' ? v : 1 })}
          />
        )}
        {quiz?.questions.map((q, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: questions have no id and every input is controlled by the list.
          <Card key={i} withBorder padding="sm" role="group" aria-label={t('ambassadors:editor.questionN', { n: i + 1 })}>
            <Stack gap="xs">
              <Group gap="xs" align="flex-end" wrap="wrap">
                <TextInput
                  label={t('ambassadors:editor.questionIt')}
                  value={q.textIt}
                  onChange={(e) => setQ(i, { ...q, textIt: e.currentTarget.value })}
                  style={{ flex: 1, minWidth: 160 }}
                />
                <TextInput
                  label={t('ambassadors:editor.questionEn')}
                  value={q.textEn}
                  onChange={(e) => setQ(i, { ...q, textEn: e.currentTarget.value })}
                  style={{ flex: 1, minWidth: 160 }}
                />
                {quiz.questions.length > 1 && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t('ambassadors:editor.removeQuestion', { n: i + 1 })}
                    onClick={() => onChange({ ...quiz, questions: quiz.questions.filter((_, j) => j !== i) })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
              {q.options.map((o, k) => {
                const setO = (patch: Partial<typeof o>) =>
                  setQ(i, { ...q, options: q.options.map((x, j) => (j === k ? { ...x, ...patch } : x)) });
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: answers have no id and every input is controlled by the list.
                  <Group key={k} gap="xs" align="flex-end" wrap="wrap" pl="sm">
                    <TextInput
                      size="xs"
                      label={t('ambassadors:editor.answerIt', { n: k + 1 })}
                      value={o.textIt}
                      onChange={(e) => setO({ textIt: e.currentTarget.value })}
                      style={{ flex: 1, minWidth: 120 }}
                    />
                    <TextInput
                      size="xs"
                      label={t('ambassadors:editor.answerEn', { n: k + 1 })}
                      value={o.textEn}
                      onChange={(e) => setO({ textEn: e.currentTarget.value })}
                      style={{ flex: 1, minWidth: 120 }}
                    />
                    <Checkbox
                      label={t('ambassadors:editor.correct')}
                      checked={o.correct}
                      onChange={(e) => setO({ correct: e.currentTarget.checked })}
                      mb={6}
                    />
                  </Group>
                );
              })}
              {q.options.length < 6 && (
                <Button
                  variant="subtle"
                  size="xs"
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => setQ(i, { ...q, options: [...q.options, blankOption()] })}
                >
                  {t('ambassadors:editor.addAnswer')}
                </Button>
              )}
            </Stack>
          </Card>
        ))}
        {quiz && quiz.questions.length < 30 && (
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => onChange({ ...quiz, questions: [...quiz.questions, blankQuestion()] })}
          >
            {t('ambassadors:editor.addQuestion')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
