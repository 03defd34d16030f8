import { z } from '@hono/zod-openapi';

export const InstanceAddress = z
  .object({
    /** The address every link Voce sends starts with (PUBLIC_URL, or the localhost default). */
    publicUrl: z.string(),
    /** false: PUBLIC_URL is not set and publicUrl is the default. */
    configured: z.boolean(),
  })
  .openapi('InstanceAddress');
export type InstanceAddressT = z.infer<typeof InstanceAddress>;
