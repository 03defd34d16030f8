import { Anchor } from '@mantine/core';
import { Fragment } from 'react';

const URL_RE = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its web addresses turned into links (the e-mail's invitation or reset link). */
export function Linkified({ text }: { text: string }) {
  // Keyed by the part's offset in the text: stable for a given message.
  let offset = 0;
  const parts = text.split(URL_RE).map((part, i) => {
    const at = offset;
    offset += part.length;
    return { part, at, url: i % 2 === 1 };
  });
  return (
    <>
      {parts.map(({ part, at, url }) =>
        url ? (
          <Anchor key={`u${at}`} href={part} style={{ overflowWrap: 'anywhere' }}>
            {part}
          </Anchor>
        ) : (
          <Fragment key={`t${at}`}>{part}</Fragment>
        ),
      )}
    </>
  );
}
