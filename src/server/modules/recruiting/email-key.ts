const DOTLESS = new Set(['gmail.com', 'googlemail.com']);

/**
 * One key per mailbox: case, "+tag" suffixes and (for Gmail) dots do not make a different person. Used for
 * duplicate applications and to recognise a referrer applying through their own share or referral.
 */
export function emailKey(address: string): string {
  const [local = '', domain = ''] = address
    .trim()
    .toLowerCase()
    .split(/@(?=[^@]*$)/);
  const bare = local.split('+')[0];
  const host = domain === 'googlemail.com' ? 'gmail.com' : domain;
  return `${DOTLESS.has(host) ? bare.replace(/\./g, '') : bare}@${host}`;
}
