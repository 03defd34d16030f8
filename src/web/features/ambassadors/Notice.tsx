import { Alert, type AlertProps } from '@mantine/core';

/** An alert with a dark title: Mantine's coloured titles fail contrast on the light backgrounds (as feed/ShareDone). */
export function Notice(props: AlertProps & { role?: string }) {
  return <Alert variant="light" styles={{ title: { color: 'var(--mantine-color-black)' } }} {...props} />;
}
