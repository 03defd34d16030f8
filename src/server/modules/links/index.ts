import type { IncomingMessage } from 'node:http';
import type { Module } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { visitorHashOf } from './click-figures';
import { ClickRecorder } from './click-recorder';
import { bulkOf, rebuildClickRollup } from './click-rollup';

import { forgetSalts, purgeOldClicks, rollClicks } from './jobs';
import { redirectHandler } from './redirect';

export {
  clicksOfPerson,
  clicksPerPerson,
  clicksPerPersonIn,
  type UniqueVisitors,
  uniqueVisitorsPerLinkDay,
} from './click-figures';
export { addRolledClicks } from './click-rollup';
export { type ClickRow, clickRowsOf } from './click-rows-of';
export { clickTotals } from './click-totals';
export { type EnsureLinkInput, ensureLink } from './ensure-link';
export { linkOfCode } from './link-of-code';
export { type LiveClicks, liveClicks } from './live-clicks';
export { postClicks } from './post-clicks';
export { rollClosedHours } from './roll-clicks';

// One recorder per platform (per process in production; tests build several platforms in one process).
const recorders = new WeakMap<Platform, ClickRecorder>();

export function recorderOf(platform: Platform): ClickRecorder {
  let r = recorders.get(platform);
  if (!r) {
    const { dataDir, databaseUrl } = platform.config;
    r = new ClickRecorder({ database: platform.database, logger: platform.logger, dataDir, exclusive: !databaseUrl });
    recorders.set(platform, r);
  }
  return r;
}

/** The visitor hash the redirect would give this request now: a sharer's own clicks earn them no points. */
export const requestVisitorHash = (platform: Platform, req: IncomingMessage | undefined, at?: Date) =>
  visitorHashOf(platform, recorderOf(platform).salts, req, at);

export const linksModule: Module = {
  name: 'links',
  jobs: [forgetSalts, purgeOldClicks, rollClicks],
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
  // The core demo seed writes click_daily; the grains dashboards read are derived from it.
  seed: (_platform, demo) => rebuildClickRollup(bulkOf(demo.db), demo.orgId),
};
