import { ApiError } from '../../lib/api';
import { issuesOf } from '../../lib/field-errors';

/** The request paths the editor has a field for, for the shared field-errors helper. */
export const textFields = [
  ...(['it', 'en'] as const).flatMap((l) =>
    (['title', 'body', 'previewTitle', 'previewDescription'] as const).map((f) => `texts.${l}.${f}`),
  ),
  'url',
  'previewImageUrl',
  'topics',
];

/**
 * A missing title is the server's own rule (content.title_missing / title_required), whose localised message says
 * more than a generic "invalid": it goes under the title of the version concerned.
 */
export function textError(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError) || (error.code !== 'content.title_missing' && error.code !== 'content.title_required'))
    return undefined;
  return issuesOf(error).some((i) => i.path === path) ? error.message : undefined;
}
