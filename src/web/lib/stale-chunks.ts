/*
 * After a new version is deployed, a tab opened before it still asks for the old pages' chunks, which are gone (their
 * names carry the hash of their content). Vite reports the failed import as `vite:preloadError`: reloading fetches
 * the new index.html (never cached) and with it the new chunks. Once a minute at most, so a phone that has lost its
 * network sees the error instead of reloading in a loop.
 */
const KEY = 'voce.reloadedForChunk';

window.addEventListener('vite:preloadError', (event) => {
  const last = Number(sessionStorage.getItem(KEY) ?? 0);
  if (Date.now() - last < 60_000) return;
  sessionStorage.setItem(KEY, String(Date.now()));
  event.preventDefault();
  window.location.reload();
});
