import { Anchor, Card, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type EventViewT, useGallery } from './api';
import { isPast } from './labels';
import { ShareButton } from './ShareButton';

/** After the event: the approved stories people told about it, and the invitation to tell one's own. */
export function Gallery({ event: e }: { event: EventViewT }) {
  const { t } = useTranslation();
  const past = isPast(e);
  const gallery = useGallery(e.id, past);
  if (!past) return null;
  const stories = gallery.data?.stories ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="gallery-title">
      <Title order={3} size="h4" id="gallery-title">
        {t('events:gallery.title')}
      </Title>
      {e.mine?.status === 'confirmed' && (
        <Anchor component={Link} to={`/stories/new?event=${e.id}`}>
          {t('events:gallery.tell')}
        </Anchor>
      )}
      {gallery.data && stories.length === 0 && <Text c="gray.7">{t('events:gallery.empty')}</Text>}
      {/* The link leads to the public gallery, which exists once a story is approved (public-gallery.ts). */}
      {e.status === 'published' && stories.length > 0 && <ShareButton eventId={e.id} />}
      {stories.map((s) => (
        <Card key={s.id} withBorder padding="sm">
          <Text size="sm" fw={600}>
            {t('events:gallery.by', { name: s.authorName })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {s.body}
          </Text>
          {s.photoUrls.length > 0 && (
            <SimpleGrid cols={{ base: 2, sm: 3 }} mt="xs">
              {s.photoUrls.map((u) => (
                <Image key={u} src={u} alt="" radius="sm" />
              ))}
            </SimpleGrid>
          )}
        </Card>
      ))}
    </Stack>
  );
}
