/** Copies better-auth's session cookies (set or cleared) onto our JSON response. */
export function copyCookies(from: Response, to: Response): void {
  for (const cookie of from.headers.getSetCookie()) to.headers.append('set-cookie', cookie);
}
