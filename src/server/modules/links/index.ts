import type { Module } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { ClickRecorder } from './click-recorder';
import { forgetSalts, purgeOldClicks } from './jobs';
import { redirectHandler } from './redirect';

export { clickTotals } from './click-totals';
export { type EnsureLinkInput, ensureLink } from './ensure-link';

// One recorder per platform (per process in production; tests build several platforms in one process).
const recorders = new WeakMap<Platform, ClickRecorder>();

export function recorderOf(platform: Platform): ClickRecorder {
  let r = recorders.get(platform);
  if (!r) {
    const { dataDir, databaseUrl } = platform.config;
    r = new ClickRecorder({ db: platform.db, logger: platform.logger, dataDir, exclusive: !databaseUrl });
    recorders.set(platform, r);
  }
  return r;
}

export const linksModule: Module = {
  name: 'links',
  jobs: [forgetSalts, purgeOldClicks],
  fastPath: (platform) =>
    redirectHandler({
      recorder: recorderOf(platform),
      storage: platform.storage,
      publicUrl: platform.config.publicUrl,
      trustProxy: platform.config.trustProxy,
      logger: platform.logger,
    }),
  start: (platform) => recorderOf(platform).start(),
  stop: (platform) => recorderOf(platform).stop(),
  health: (platform) => recorderOf(platform).health.snapshot(),
};
