import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useMe } from '../../lib/me';
import { ArchiveButton } from './ArchiveButton';
import { type PostStatus, useApprovalRequired } from './api';

export type EditorAction = 'save' | 'submit' | 'approve' | 'send-back' | 'archive' | 'restore';

/** The buttons that fit the post's status and the person's rights; the server checks every step again. */
export function EditorActions({
  status,
  createdBy,
  busy,
  onAction,
  restorable = false,
}: {
  status: PostStatus | null;
  createdBy: string | null;
  /** An archived post whose archive can still be undone. */
  restorable?: boolean;
  busy: EditorAction | null;
  onAction: (a: EditorAction, comment?: string) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const approvalRequired = useApprovalRequired();
  // Under required approval the server refuses self-approval: do not offer it.
  const own = !!createdBy && createdBy === me.data?.personId;
  const approver = hasPermission(me.data, 'content.approve') && !(own && approvalRequired.data);
  const [opened, { open, close }] = useDisclosure();
  const [comment, setComment] = useState('');
  const editable =
    status === null || status === 'draft' || status === 'in_review' || status === 'scheduled' || status === 'published';
  const btn = (a: EditorAction) => ({ loading: busy === a, disabled: busy !== null && busy !== a });
  return (
    <Group gap="sm" wrap="wrap">
      {editable && (
        <Button
          variant={status === null || status === 'draft' ? 'default' : 'filled'}
          {...btn('save')}
          onClick={() => onAction('save')}
        >
          {status === null || status === 'draft' ? t('content:actions.saveDraft') : t('content:actions.save')}
        </Button>
      )}
      {(status === null || status === 'draft') && (
        <Button {...btn('submit')} onClick={() => onAction('submit')}>
          {approvalRequired.data ? t('content:actions.submit') : t('content:actions.publish')}
        </Button>
      )}
      {status === 'in_review' && approver && (
        <>
          <Button color="green" {...btn('approve')} onClick={() => onAction('approve')}>
            {t('content:actions.approve')}
          </Button>
          <Button variant="default" {...btn('send-back')} onClick={open}>
            {t('content:actions.sendBack')}
          </Button>
        </>
      )}
      {status !== null && status !== 'archived' && (
        <ArchiveButton
          loading={busy === 'archive'}
          disabled={busy !== null && busy !== 'archive'}
          onConfirm={() => onAction('archive')}
        />
      )}
      {status === 'archived' && restorable && (
        <Button {...btn('restore')} onClick={() => onAction('restore')}>
          {t('content:archive.restore')}
        </Button>
      )}
      <Modal opened={opened} onClose={close} title={t('content:review.title')}>
        <Stack>
          <Textarea
            label={t('content:review.comment')}
            autosize
            minRows={3}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Button
            disabled={!comment.trim()}
            onClick={() => {
              onAction('send-back', comment.trim());
              setComment('');
              close();
            }}
          >
            {t('content:review.send')}
          </Button>
        </Stack>
      </Modal>
    </Group>
  );
}
