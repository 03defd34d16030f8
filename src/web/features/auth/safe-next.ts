/**
 * Where to go after signing in: only a path of this site ("/feed"), never another origin ("//evil.example",
 * "https://…", "/\\evil.example") — an open redirect would make phishing links look like ours.
 */
export function safeNext(next: string | null, origin: string = window.location.origin): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  try {
    const url = new URL(next, origin);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}
