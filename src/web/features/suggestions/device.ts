/**
 * The suggestions sent from this device. For an anonymous one, the secret that opens its thread lives only here
 * (the server keeps its hash): losing the device loses the thread, unless the recovery code was kept.
 */
export type MySuggestion = { id: string; title: string; secret: string | null };
const KEY = 'voce.suggestions';

export function mySuggestions(): MySuggestion[] {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? (v as MySuggestion[]) : [];
  } catch {
    return [];
  }
}

export function rememberSuggestion(s: MySuggestion) {
  const rest = mySuggestions().filter((x) => x.id !== s.id);
  localStorage.setItem(KEY, JSON.stringify([s, ...rest].slice(0, 50)));
}

export const secretOf = (id: string) => mySuggestions().find((s) => s.id === id)?.secret ?? null;

/** 32 random bytes, base64url without padding: 43 characters, what the server expects. */
export function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
