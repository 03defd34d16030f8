import { Typography } from '@mantine/core';

/** Guidelines as HTML: built from Markdown and sanitised by the server (an allow-list of plain tags and http links). */
export function Html({ html }: { html: string }) {
  return (
    <Typography>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server (ambassadors/markdown.ts). */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
