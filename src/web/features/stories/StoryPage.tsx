import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useStory } from './api';
import { StoryCard } from './StoryCard';

/** One story (the address of a published story without a link of its own). */
export function StoryPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const story = useStory(id);
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Title order={2}>{story.data ? t('stories:page.title', { name: story.data.author.name }) : t('stories:mine.title')}</Title>
      {story.isLoading && <Loading />}
      <ErrorAlert error={story.error} />
      {story.data && <StoryCard story={story.data} showAuthor />}
    </Stack>
  );
}
