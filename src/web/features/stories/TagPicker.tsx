import { Badge, Button, CloseButton, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Colleague, useColleagues } from './api';

/** Colleagues named in the story: search by name, tap to add; each is told and may decline. */
export function TagPicker({ tags, onChange }: { tags: Colleague[]; onChange: (t: Colleague[]) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = useColleagues(q);
  const options = (found.data?.items ?? []).filter((p) => !tags.some((x) => x.id === p.id)).slice(0, 6);
  return (
    <Stack gap={6}>
      <TextInput
        label={t('stories:form.tags')}
        description={t('stories:form.tagsHint')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
      />
      {options.length > 0 && (
        <Group gap={6}>
          {options.map((p) => (
            <Button
              key={p.id}
              size="compact-sm"
              variant="default"
              onClick={() => {
                onChange([...tags, p]);
                setQ('');
              }}
            >
              + {p.name}
            </Button>
          ))}
        </Group>
      )}
      {tags.length > 0 && (
        <Group gap={6}>
          {tags.map((p) => (
            <Badge
              key={p.id}
              variant="light"
              color="blue.9"
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={t('stories:form.removeTag', { name: p.name })}
                  onClick={() => onChange(tags.filter((x) => x.id !== p.id))}
                />
              }
            >
              {p.name}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
