/*
 * Mantine's whole stylesheets, one file for every page: 35 KB with brotli, cached for a year. Importing only the
 * CSS of the components we use (@mantine/core/styles/<Component>.css) would save about 12 KB of it, once; but a
 * component whose CSS someone forgot to import shows unstyled, and no test would notice.
 */
import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { type CSSVariablesResolver, createTheme, MantineProvider, Modal, Notification } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import './lib/i18n';
import './lib/stale-chunks';
import { App } from './App';

// Mantine's default "dimmed" grey fails WCAG AA contrast on white; a darker grey keeps secondary text readable.
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  // Field errors in a darker red: the default one fails contrast (WCAG AA) on white and on the input's own text.
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

/** The theme depends on the language: Mantine's own controls (a notification's close button) need a translated name. */
function Root() {
  const { t } = useTranslation();
  const theme = useMemo(
    () =>
      createTheme({
        primaryColor: 'blue',
        primaryShade: 8,
        defaultRadius: 'md',
        components: {
          Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('common:close') } } }),
          Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('common:close') } } }),
        },
      }),
    [t],
  );
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </MantineProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
