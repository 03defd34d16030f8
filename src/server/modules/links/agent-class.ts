import { isBot } from './bots';
import { type DeviceClass, deviceClass } from './visitor';

/** What the redirect needs to know of a user agent: a bot (shown the card, not counted) or not, and the device class. */
export type AgentClass = { bot: boolean; device: DeviceClass };

/** Agents remembered per generation: a few hundred browsers make most of a popular post's visits. */
const GENERATION = 2_000;

/**
 * The verdicts of recently seen user agents. isbot's pattern is large and scanned at every position of the agent, and
 * a viral post's visitors share a few hundred browsers: asking once per agent saves most of that work. Bounded with
 * two generations (a cheap stand-in for an LRU): when the young one is full it becomes the old one, and agents still
 * in use are carried over on their next visit. A flood of never-seen agents costs a map insert each, nothing more.
 */
export class AgentClasses {
  private young = new Map<string, AgentClass>();
  private old = new Map<string, AgentClass>();

  constructor(private readonly generation = GENERATION) {}

  of(userAgent: string | undefined): AgentClass {
    // No user agent at all is a script (isBot says so); not worth remembering.
    if (!userAgent) return { bot: isBot(userAgent), device: 'other' };
    const known = this.young.get(userAgent);
    if (known) return known;
    const found = this.old.get(userAgent) ?? { bot: isBot(userAgent), device: deviceClass(userAgent) };
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(userAgent, found);
    return found;
  }
}
