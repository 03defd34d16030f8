import type { Platform } from '../../platform/platform';

/** Work to do once the transaction has committed (enqueueing the e-mails it wrote). */
export type After = (platform: Platform) => Promise<void>;

export const nothingAfter: After = async () => {};

export function allAfter(steps: After[]): After {
  return async (platform) => {
    for (const step of steps) await step(platform);
  };
}
