import { Alert, Anchor, Button, Grid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { networkLimits, sharedLength, takesNoText } from '../../../server/modules/sharing/networks';
import {
  distanceFromSuggestions,
  findBlockedWords,
  PERSONALISED_THRESHOLD,
  withDisclosure,
} from '../../../server/modules/sharing/text-rules';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { type FeedPostT, useFeedPost } from './api';
import { Composer } from './Composer';
import { NetworkPicker } from './NetworkPicker';
import { networkName, type ShareNetwork } from './networks';
import { PostPreview } from './PostPreview';
import { ShareDone } from './ShareDone';
import { Suggestions } from './Suggestions';
import { useShareFlow } from './useShareFlow';

export function SharePage() {
  const { postId = '' } = useParams();
  const { t } = useTranslation();
  const q = useFeedPost(postId);
  return (
    <Stack maw={960} mx="auto" gap="md">
      <Anchor component={Link} to="/feed" size="sm">
        {t('feed:share.back')}
      </Anchor>
      {q.isLoading && <Loading />}
      <ErrorAlert error={q.error} />
      {q.data && <ShareForm data={q.data} />}
    </Stack>
  );
}

function ShareForm({ data }: { data: FeedPostT }) {
  const { t } = useTranslation();
  const [network, setNetwork] = useState<ShareNetwork>('linkedin');
  const [words, setWords] = useState('');
  const [captionId, setCaptionId] = useState<string | null>(null);
  const flow = useShareFlow();
  const { post, disclosure } = data;
  const forNetwork = data.captions.filter((c) => c.network === network || c.network === 'any');
  const shown = forNetwork.length > 0 ? forNetwork : data.captions;
  const final = withDisclosure(words, disclosure);
  const check = useMemo(() => {
    const suggestions = data.captions.map((c) => c.text);
    const distance = distanceFromSuggestions(final, suggestions, [disclosure ?? '']);
    return {
      length: sharedLength(network, final, data.linkLength),
      limit: data.limits[network] ?? networkLimits[network],
      blocked: findBlockedWords(final, data.blockedWords),
      // Encourage, never block: shown while the text is still close to a suggestion.
      nudge: words.trim() !== '' && suggestions.length > 0 && distance < PERSONALISED_THRESHOLD,
    };
  }, [final, network, words, data, disclosure]);
  const canShare = words.trim() !== '' && check.length <= check.limit && check.blocked.length === 0;
  const name = networkName(t, network);

  return (
    <Stack gap="md">
      <Title order={2} lang={post.locale}>
        {post.title}
      </Title>
      {post.myShares.length > 0 && (
        <Alert color="green" variant="light">
          {t('feed:share.already', {
            // "Copia link" names a button; as something done it reads "link copiato".
            networks: post.myShares
              .map((n) => (n === 'copy' ? t('feed:card.copied').toLowerCase() : networkName(t, n)))
              .join(', '),
          })}
        </Alert>
      )}
      {post.body && (
        <Text style={{ whiteSpace: 'pre-wrap' }} lang={post.locale}>
          {post.body}
        </Text>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <NetworkPicker
              value={network}
              onChange={(n) => {
                setNetwork(n);
                flow.reset();
              }}
            />
            <Suggestions
              captions={shown}
              selected={captionId}
              onPick={(c) => {
                setWords(c.text);
                setCaptionId(c.id);
              }}
              onBlank={() => {
                setWords('');
                setCaptionId(null);
              }}
            />
            <Composer words={words} onChange={setWords} disclosure={disclosure} check={check} />
            <ErrorAlert error={flow.error} />
            {flow.result ? (
              <ShareDone result={flow.result} onAgain={flow.reset} />
            ) : (
              <Button
                size="md"
                disabled={!canShare}
                loading={flow.pending}
                onClick={() => void flow.run({ postId: post.id, network, text: final, captionId: captionId ?? undefined })}
              >
                {network === 'copy' ? t('feed:share.copyButton') : t('feed:share.button', { network: name })}
              </Button>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <PostPreview post={post} text={final} pasted={takesNoText(network)} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
