import { Anchor, Badge, Group, Stack, Switch, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArrowsSort } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../lib/format';
import { RequirePermission } from '../../lib/RequirePermission';
import { useJob } from './api';
import { type ShortlistT, useShortlist } from './interview-api';
import { rubricKeys, stageKeys } from './labels';

type Row = ShortlistT['rows'][number];
type Key = 'name' | 'overall' | 'reviewers' | keyof typeof rubricKeys;
const criteria = Object.keys(rubricKeys) as (keyof typeof rubricKeys)[];

const cellValue = (r: Row, k: Key): number | string =>
  k === 'name' ? r.name : k === 'overall' ? (r.overall ?? -1) : k === 'reviewers' ? r.reviewers : (r.means?.[k] ?? -1);

/**
 * A job's candidates with the reviewers' combined scores (mean per rubric item, how many reviewed), sortable by any
 * column. Voce averages what people scored; it never scores anyone itself.
 */
export function ShortlistPage() {
  return (
    <RequirePermission permission="recruiting.manage">
      <Shortlist />
    </RequirePermission>
  );
}

function Shortlist() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { id = '' } = useParams();
  const job = useJob(id);
  const list = useShortlist(id);
  const [sort, setSort] = useState<{ key: Key; desc: boolean }>({ key: 'overall', desc: true });
  const [only, setOnly] = useState(false);
  const rows = [...(list.data?.rows ?? [])]
    .filter((r) => !only || r.shortlisted)
    .sort((a, b) => {
      const x = cellValue(a, sort.key);
      const y = cellValue(b, sort.key);
      const c = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
      return sort.desc ? -c : c;
    });
  const header = (k: Key, label: string) => (
    <Table.Th aria-sort={sort.key === k ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton onClick={() => setSort((s) => ({ key: k, desc: s.key === k ? !s.desc : k !== 'name' }))}>
        <Group gap={4} wrap="nowrap">
          <Text size="sm" fw={600}>
            {label}
          </Text>
          <IconArrowsSort size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
  const score = (n: number | null | undefined) => (n === null || n === undefined ? '–' : fmt.number(n, 2));
  return (
    <Stack maw={1100} mx="auto" gap="md">
      <Title order={2}>{t('recruiting:shortlist.title')}</Title>
      {job.data && <Text c="gray.7">{i18n.language === 'en' ? job.data.titleEn : job.data.titleIt}</Text>}
      <Text size="sm">{t('recruiting:shortlist.intro')}</Text>
      <Group gap="md">
        <Switch
          label={t('recruiting:pipeline.shortlistOnly')}
          checked={only}
          onChange={(e) => setOnly(e.currentTarget.checked)}
        />
        <Anchor component={Link} to={`/recruiting/pipeline?job=${id}`} size="sm">
          {t('recruiting:shortlist.toPipeline')}
        </Anchor>
      </Group>
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error} />
      <Table.ScrollContainer minWidth={760}>
        <Table striped aria-label={t('recruiting:shortlist.title')}>
          <Table.Thead>
            <Table.Tr>
              {header('name', t('recruiting:shortlist.candidate'))}
              {header('overall', t('recruiting:shortlist.overall'))}
              {criteria.map((c) => header(c, t(rubricKeys[c])))}
              {header('reviewers', t('recruiting:shortlist.reviewers'))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>
                      {r.name}
                    </Text>
                    <Group gap={4}>
                      <Badge size="sm" color="blue.9">
                        {t(stageKeys[r.stage as keyof typeof stageKeys])}
                      </Badge>
                      {r.shortlisted && (
                        <Badge size="sm" color="indigo.9">
                          {t('recruiting:pipeline.shortlisted')}
                        </Badge>
                      )}
                      {r.interviewSubmitted && (
                        <Badge size="sm" variant="outline">
                          {t('recruiting:shortlist.answered')}
                        </Badge>
                      )}
                    </Group>
                  </Stack>
                </Table.Td>
                <Table.Td>{r.myReviewDone ? score(r.overall) : t('recruiting:shortlist.hidden')}</Table.Td>
                {criteria.map((c) => (
                  <Table.Td key={c}>{score(r.means?.[c])}</Table.Td>
                ))}
                <Table.Td>{r.reviewers}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
