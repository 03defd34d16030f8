/**
 * The registered destination with the advocacy UTM parameters (set, replacing any the editor typed, so reports in the
 * destination's analytics always attribute the visit to the network and the post).
 */
export function withUtm(destination: string, network: string, postId: string): string {
  const url = new URL(destination);
  url.searchParams.set('utm_source', network);
  url.searchParams.set('utm_medium', 'employee-advocacy');
  url.searchParams.set('utm_campaign', postId);
  return url.toString();
}
