import type { Ctx } from '../../platform/ctx';
import { requirePermission } from '../../platform/ctx';
import { type EventStory, listEventStories } from '../stories';
import { getEventView } from './get-event';

/** The approved stories of an event (the stories module owns them). */
export const storiesOfEvent = (ctx: Ctx, eventId: string): Promise<EventStory[]> => listEventStories({ ctx, eventId });

/** The gallery of an event the caller can see. */
export async function eventGallery({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  requirePermission(ctx, 'events.join');
  await getEventView({ ctx, input });
  return { stories: await storiesOfEvent(ctx, input.id) };
}
