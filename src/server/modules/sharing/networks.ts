// Pure (no node imports): the web app imports this file for the live character count and the same intent URLs.

export const shareNetworks = ['linkedin', 'x', 'facebook', 'whatsapp', 'telegram', 'email', 'copy'] as const;
export type ShareNetwork = (typeof shareNetworks)[number];

/** Display names are brand names, the same in every language. */
export const networkLabels: Record<ShareNetwork, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  facebook: 'Facebook',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  email: 'E-mail',
  copy: 'Link',
};

/** Characters allowed per network, link included. X, LinkedIn and Telegram are the networks' own limits; the rest are generous. */
export const networkLimits: Record<ShareNetwork, number> = {
  linkedin: 3000,
  x: 280,
  facebook: 63206,
  whatsapp: 65536,
  telegram: 4096,
  email: 10000,
  copy: 10000,
};

/** X shortens every link to t.co, which always counts as 23 characters. */
export const X_URL_LENGTH = 23;

/** Networks whose share dialog takes no text (Facebook forbids pre-filled text): the text goes to the clipboard. */
export const takesNoText = (n: ShareNetwork) => n === 'facebook';

/** How the link is appended where the network puts it inside the text. */
export const withLink = (text: string, link: string) => `${text}\n\n${link}`;

/** Unicode code points, as people count characters (an emoji is one). */
export const charLength = (s: string) => [...s].length;

/** The length the network will see for `text` plus the tracked link of length `linkLength`. */
export function sharedLength(network: ShareNetwork, text: string, linkLength: number): number {
  const n = charLength(text);
  if (network === 'x') return n + 1 + X_URL_LENGTH; // the intent joins text and url with a space
  if (network === 'telegram') return n + 1 + linkLength; // Telegram puts the url on its own line
  if (network === 'facebook') return n; // the link is the post itself; the text is pasted separately
  return n + 2 + linkLength; // withLink
}

export type Intent = { intentUrl: string | null; clipboardText: string | null; copyOnly: boolean };

const enc = encodeURIComponent;

/** The network's share intent for the final text and the tracked link (subject: the e-mail subject). */
export function shareIntent(network: ShareNetwork, text: string, link: string, subject = ''): Intent {
  switch (network) {
    case 'linkedin':
      return {
        intentUrl: `https://www.linkedin.com/feed/?shareActive=true&text=${enc(withLink(text, link))}`,
        clipboardText: null,
        copyOnly: false,
      };
    case 'x':
      return { intentUrl: `https://x.com/intent/post?text=${enc(text)}&url=${enc(link)}`, clipboardText: null, copyOnly: false };
    case 'facebook':
      return { intentUrl: `https://www.facebook.com/sharer/sharer.php?u=${enc(link)}`, clipboardText: text, copyOnly: false };
    case 'whatsapp':
      return { intentUrl: `https://wa.me/?text=${enc(withLink(text, link))}`, clipboardText: null, copyOnly: false };
    case 'telegram':
      return { intentUrl: `https://t.me/share/url?url=${enc(link)}&text=${enc(text)}`, clipboardText: null, copyOnly: false };
    case 'email':
      return {
        intentUrl: `mailto:?subject=${enc(subject)}&body=${enc(withLink(text, link))}`,
        clipboardText: null,
        copyOnly: false,
      };
    case 'copy':
      return { intentUrl: null, clipboardText: withLink(text, link), copyOnly: true };
    default: {
      const never: never = network;
      throw new Error(`unknown network ${String(never)}`);
    }
  }
}
