import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Libraries in chunks of their own, so that a new version of Voce's pages does not make phones download React and
 * Mantine again (hashed names, cached for a year). React, Mantine and the other libraries go in them only as far as
 * the first screen needs them ($initial); Mantine components used only by some pages travel with those pages.
 * Stylesheets stay out of these groups: Mantine's CSS is one file for every page (see main.tsx).
 */
const vendor = (names: string) => {
  const re = new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);
  return (id: string) => re.test(id) && !/\.css($|\?)/.test(id);
};
const initial = ['$initial' as const];
const MANTINE =
  '@mantine/core|@mantine/hooks|@mantine/notifications|@mantine/store|@floating-ui/[\\w-]+|react-remove-scroll[\\w-]*|' +
  'react-style-singleton|use-callback-ref|use-sidecar|react-textarea-autosize|react-number-format|clsx|tslib|get-nonce|' +
  'detect-node-es|react-transition-group';
const CHARTS = 'recharts|@mantine/charts|d3-[\\w-]+|victory-vendor|@reduxjs|immer|reselect|redux|es-toolkit|decimal\\.js-light';

const chunkGroups = [
  { name: 'react', test: vendor('react|react-dom|scheduler|react-router|cookie|set-cookie-parser'), priority: 50 },
  { name: 'mantine', test: vendor(MANTINE), tags: initial, priority: 40 },
  { name: 'vendor', test: vendor('[^\\\\/]+|@[^\\\\/]+[\\\\/][^\\\\/]+'), tags: initial, priority: 35 },
  /*
   * Charts (the analytics pages) and date pickers (a few forms) are only loaded by the pages that use them. Their own
   * modules only: following their imports would pull in the Mantine components they use, and every page using one of
   * those (a text input) would then load the charts.
   */
  { name: 'charts', test: vendor(CHARTS), priority: 30, includeDependenciesRecursively: false },
  { name: 'dates', test: vendor('@mantine/dates|dayjs'), priority: 30, includeDependenciesRecursively: false },
];

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text assets worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|json|svg|html|txt|map)$/;
/** Below this, the headers weigh more than what compression saves. */
const MIN_BYTES = 1024;

/**
 * Writes `<file>.br` and `<file>.gz` beside every hashed asset of the build, compressed once at the highest levels
 * (too slow to do per request), so the server only picks the variant the browser accepts
 * (src/server/platform/http/static-assets.ts).
 */
function precompress(): Plugin {
  return {
    name: 'voce-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? '';
      const files = Object.keys(bundle).filter((name) => name.startsWith('assets/') && COMPRESSIBLE.test(name));
      await Promise.all(
        files.map(async (name) => {
          const file = path.join(outDir, name);
          const raw = await fs.readFile(file);
          if (raw.length < MIN_BYTES) return;
          const [br, gz] = await Promise.all([
            brotli(raw, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            }),
            gzip(raw, { level: zlib.constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([fs.writeFile(`${file}.br`, br), fs.writeFile(`${file}.gz`, gz)]);
        }),
      );
    },
  };
}

export default defineConfig({
  root: 'src/web',
  plugins: [react(), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // The first screen must stay small on a phone: a chunk above this size deserves a look.
    chunkSizeWarningLimit: 500,
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000', '/l/': 'http://localhost:3000' } },
});
