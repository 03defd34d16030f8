import { Badge } from '@mantine/core';
import { statusColor, useLabels } from './labels';
import type { PersonStatusT as PersonStatus } from './types';

export function PersonStatusBadge({ status }: { status: PersonStatus }) {
  const labels = useLabels();
  return (
    // "dot": dark text on white keeps the contrast the light variant lacks on small uppercase text.
    <Badge color={statusColor[status]} variant="dot" style={{ flexShrink: 0, overflow: 'visible' }}>
      {labels.status(status)}
    </Badge>
  );
}
