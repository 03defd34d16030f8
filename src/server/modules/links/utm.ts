/**
 * The registered destination with the advocacy UTM parameters (set, replacing any the editor typed, so reports in the
 * destination's analytics always attribute the visit to the network and the post): source and content are the
 * network, campaign the post's readable slug.
 */
export function withUtm(destination: string, network: string, campaign: string): string {
  const url = new URL(destination);
  url.searchParams.set('utm_source', network);
  url.searchParams.set('utm_medium', 'employee-advocacy');
  url.searchParams.set('utm_campaign', campaign);
  url.searchParams.set('utm_content', network);
  return url.toString();
}
