import { Badge, CloseButton, FileButton, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ApiError, type ApiErrorBody } from '../../lib/api';
import i18n from '../../lib/i18n';

/** Photos of the team and the workplace for the job card (the server re-encodes them and drops their metadata). */
export function PhotosField({ value, onChange }: { value: string[]; onChange: (v: string[]) => void }) {
  const { t } = useTranslation();
  const upload = useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.set('file', file, file.name);
      const res = await fetch('/api/recruiting/photos', {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: { 'accept-language': i18n.language },
      });
      const data = (await res.json().catch(() => ({}))) as Partial<ApiErrorBody> & { key?: string };
      if (!res.ok || !data.key)
        throw new ApiError(res.status, data.error?.code ?? 'internal', data.error?.message ?? i18n.t('common:errors.generic'));
      return data.key;
    },
    onSuccess: (key) => onChange([...value, key]),
  });
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('recruiting:editor.photos')}</Text>
      <Group gap="xs" wrap="wrap">
        {value.map((k, i) => (
          <Badge
            key={k}
            variant="light"
            rightSection={
              <CloseButton
                size="xs"
                aria-label={t('recruiting:editor.removePhoto', { n: i + 1 })}
                onClick={() => onChange(value.filter((x) => x !== k))}
              />
            }
          >
            {t('recruiting:editor.photo', { n: i + 1 })}
          </Badge>
        ))}
        {value.length < 8 && (
          <FileButton accept="image/jpeg,image/png,image/webp" onChange={(f) => f && upload.mutate(f)}>
            {(props) => (
              <Badge component="button" type="button" variant="outline" style={{ cursor: 'pointer' }} {...props}>
                {upload.isPending ? t('recruiting:editor.uploading') : t('recruiting:editor.addPhoto')}
              </Badge>
            )}
          </FileButton>
        )}
      </Group>
      <ErrorAlert error={upload.error} />
    </Stack>
  );
}
