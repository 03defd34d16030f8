import { createIsbotFromList, list } from 'isbot';

/**
 * Link-preview crawlers and bots: they get the card, never count as clicks. isbot's maintained list, plus previewers
 * and fetchers it does not (or may not always) cover.
 */
const extra = [
  'linkedinbot',
  'facebookexternalhit',
  'facebookcatalog',
  'meta-externalagent',
  'twitterbot',
  'whatsapp',
  'telegrambot',
  'slackbot',
  'slack-imgproxy',
  'discordbot',
  'skypeuripreview',
  'microsoft preview',
  'teams',
  'mattermost',
  'iframely',
  'embedly',
  'pinterest',
  'redditbot',
  'applebot',
  'google-pagerenderer',
  'headlesschrome',
  'bitlybot',
  'curl/',
  'wget/',
  'python-requests',
  'go-http-client',
  'node-fetch',
  'undici',
  'axios/',
];
const matches = createIsbotFromList([...list, ...extra.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))]);

export function isBot(userAgent: string | undefined): boolean {
  // No user agent at all is a script, not a person with a browser.
  if (!userAgent || userAgent.trim().length < 5) return true;
  return matches(userAgent);
}
