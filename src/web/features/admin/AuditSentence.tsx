import { Anchor, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import type { AuditEntryT } from '../../../server/modules/audit/contract';
import { AuditChanges } from './AuditChanges';
import { sentenceKeys, UNKNOWN_SENTENCE } from './audit-sentences';

type Props = { entry: AuditEntryT; onActor: (id: string) => void; onTarget: (id: string) => void };

const count = (v: unknown) => (typeof v === 'number' ? v : 0);

/**
 * "Marco Bianchi ha archiviato il post «Nuovo stabilimento»", names clickable to filter by them, then what changed
 * (old → new). The names are components of the sentence, never text inside it: a name cannot alter the markup.
 */
export function AuditSentence({ entry: e, onActor, onTarget }: Props) {
  const { t } = useTranslation();
  const actor = e.actorId ? (
    <Anchor component="button" fz="inherit" fw={600} onClick={() => onActor(e.actorId ?? '')}>
      {e.actorName ?? t('admin:audit.system')}
    </Anchor>
  ) : (
    <Text span fz="inherit" fw={600}>
      {e.actorName ?? t('admin:audit.system')}
    </Text>
  );
  const target = e.targetId ? (
    <Anchor component="button" fz="inherit" onClick={() => onTarget(e.targetId ?? '')}>
      {e.targetName ?? t('admin:audit.unnamed')}
    </Anchor>
  ) : (
    <Text span fz="inherit">
      {e.targetName ?? '—'}
    </Text>
  );
  const d = e.data ?? {};
  return (
    <>
      <Text size="sm" component="div">
        <Trans
          i18nKey={sentenceKeys[e.action] ?? UNKNOWN_SENTENCE}
          values={{
            action: e.action,
            created: count(d.created),
            updated: count(d.updated),
            skipped: count(d.skipped),
            errors: count(d.errors),
          }}
          components={{ actor, target }}
        />
      </Text>
      <AuditChanges action={e.action} data={d} />
    </>
  );
}
