import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { IconPhotoHeart } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useMyStories } from './api';
import { StoryCard } from './StoryCard';

/** My stories with their state, the moderator's comments and their reach once published. */
export function MyStoriesPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const mine = useMyStories();
  return (
    <Stack maw={720} mx="auto" gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('stories:mine.title')}</Title>
        <Group gap="xs">
          <Button component={Link} to="/stories/tagged" variant="default">
            {t('stories:tagged.link')}
          </Button>
          {mine.data?.maySubmit && (
            <Button component={Link} to="/stories/new">
              {t('stories:mine.new')}
            </Button>
          )}
        </Group>
      </Group>
      {search.get('sent') && (
        <Alert color="teal" role="status">
          {t('stories:mine.sent')}
        </Alert>
      )}
      {mine.isLoading && <Loading />}
      <ErrorAlert error={mine.error} />
      {mine.data?.items.length === 0 && (
        <EmptyState icon={<IconPhotoHeart size={24} aria-hidden />} title={t('stories:mine.empty')} />
      )}
      {mine.data?.items.map((s) => (
        <StoryCard key={s.id} story={s}>
          {s.status === 'changes_requested' && (
            <Button component={Link} to={`/stories/${s.id}/edit`} variant="light" size="sm">
              {t('stories:mine.edit')}
            </Button>
          )}
        </StoryCard>
      ))}
    </Stack>
  );
}
