import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { type MyProgrammeT, useAnswerInvitation, useAnswerNomination } from './api';
import { applicationStatusLabel, decisionText, isDecision, memberStatusLabel } from './labels';
import { Notice } from './Notice';
import { Readiness } from './Readiness';

/** One programme as the employee sees it: how to enter, where their application stands, what to do as a member. */
export function ProgrammeCard({ p }: { p: MyProgrammeT }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const nomination = useAnswerNomination();
  const invitation = useAnswerInvitation();
  const app = p.application;
  const member = p.member;
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h4">
            {p.name}
          </Title>
          {member ? (
            <Badge color={member.status === 'suspended' ? 'red.9' : 'teal.9'} style={{ flexShrink: 0 }}>
              {memberStatusLabel(t, member.status)}
            </Badge>
          ) : app ? (
            <Badge color="gray.7" style={{ flexShrink: 0 }}>
              {applicationStatusLabel(t, app.status)}
            </Badge>
          ) : null}
        </Group>
        {p.purpose && <Text size="sm">{p.purpose}</Text>}
        {p.expectations && !member && (
          <Text size="sm" c="gray.7">
            {t('ambassadors:card.expectations', { text: p.expectations })}
          </Text>
        )}
        {member?.status === 'suspended' && (
          <Notice color="red" title={t('ambassadors:card.suspendedTitle')}>
            {t('ambassadors:card.suspended', { reason: member.suspendedReason ?? '' })}
          </Notice>
        )}
        {p.guidelines?.mustAccept && (
          <Notice color="orange" title={t('ambassadors:card.guidelinesTitle', { version: p.guidelines.version })}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('ambassadors:card.guidelinesBody')}</Text>
              <Button component={Link} to={`/ambassadors/${p.id}/guidelines`} size="xs">
                {t('ambassadors:card.readGuidelines')}
              </Button>
            </Stack>
          </Notice>
        )}
        {member && (
          <>
            <Text size="sm" c="gray.7">
              {t('ambassadors:card.cohort', { cohort: member.cohort, date: fmt.date(member.termEndsOn) })}
            </Text>
            <Readiness programme={p} readiness={member.readiness} />
          </>
        )}
        {!member && app?.status === 'nominated' && (
          <Stack gap="xs">
            <Text size="sm">
              {t('ambassadors:card.nominated', { name: app.nominatedBy ?? '', reason: app.nominationReason ?? '' })}
            </Text>
            <Group gap="xs">
              <Button
                size="sm"
                onClick={() =>
                  nomination.mutate({ applicationId: app.id, accept: true, motivation: '', networks: [], availability: '' })
                }
              >
                {t('ambassadors:card.acceptNomination')}
              </Button>
              <Button
                size="sm"
                variant="default"
                onClick={() =>
                  nomination.mutate({ applicationId: app.id, accept: false, motivation: '', networks: [], availability: '' })
                }
              >
                {t('ambassadors:card.declineNomination')}
              </Button>
            </Group>
            <ErrorAlert error={nomination.error} />
          </Stack>
        )}
        {!member && app?.status === 'invited' && (
          <Stack gap="xs">
            <Text size="sm">{t('ambassadors:card.invited', { cohort: app.invitedCohort ?? '' })}</Text>
            <Group gap="xs">
              <Button size="sm" onClick={() => invitation.mutate({ applicationId: app.id, accept: true })}>
                {t('ambassadors:card.acceptInvitation')}
              </Button>
              <Button size="sm" variant="default" onClick={() => invitation.mutate({ applicationId: app.id, accept: false })}>
                {t('ambassadors:card.declineInvitation')}
              </Button>
            </Group>
            <ErrorAlert error={invitation.error} />
          </Stack>
        )}
        {!member && app && isDecision(app.status) && app.decisionReason && (
          <Text size="sm">{decisionText(t, app.status, app.decisionReason)}</Text>
        )}
        {!member && app?.status === 'pending' && <Text size="sm">{t('ambassadors:card.pending')}</Text>}
        {!member &&
          p.open &&
          p.eligible &&
          (!app || ['declined', 'withdrawn', 'nomination_declined', 'accepted'].includes(app.status)) && (
            <Button component={Link} to={`/ambassadors/${p.id}/apply`} style={{ alignSelf: 'flex-start' }}>
              {t('ambassadors:card.apply')}
            </Button>
          )}
        {p.consultation && (
          <Button
            component={Link}
            to={`/ambassadors/${p.id}/guidelines`}
            variant="light"
            size="xs"
            style={{ alignSelf: 'flex-start' }}
          >
            {t('ambassadors:card.consultation')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
