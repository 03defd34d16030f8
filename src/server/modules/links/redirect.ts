import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { localeFromHeader } from '../../platform/i18n';
import type { FastPathHandler } from '../../platform/module';
import type { Storage } from '../../platform/storage';
import { readPostImage } from '../content';
import { type AgentClass, AgentClasses } from './agent-class';
import type { ClickRecorder } from './click-recorder';
import { isoTime } from './click-time';
import { withOwnRef } from './link-of-code';
import { cardPage, notFoundPage } from './pages';
import { publicCard } from './public-card';
import { CODE_RE, type ResolvedLink } from './resolve-link';
import { clientIp, referrerHost, visitorHash } from './visitor';

export type RedirectDeps = { recorder: ClickRecorder; storage: Storage; publicUrl: string; trustProxy: boolean; logger: Logger };
type Deps = RedirectDeps & { agents: AgentClasses };

const PATH_RE = /^\/l\/([^/?#]*)(\/image)?\/?(?:[?#].*)?$/;

/**
 * GET /l/<code>: the public, hot path, served before the web framework. Humans get a 302 to the registered destination
 * (with UTM parameters) and their click is spooled before the answer is sent; crawlers get the post's card, uncounted.
 * A visitor is sent on even when the click cannot be spooled (see ClickSpool); only an unknown destination (the
 * database unreachable for a code not cached) answers 503.
 */
export function redirectHandler(redirectDeps: RedirectDeps): FastPathHandler {
  const deps: Deps = { ...redirectDeps, agents: new AgentClasses() };
  return (req, res) => {
    const m = req.url ? PATH_RE.exec(req.url) : null;
    if (!m) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-length': 0 }).end();
      return true;
    }
    const code = m[1];
    const image = !!m[2];
    const cached = CODE_RE.test(code) ? deps.recorder.links.peek(code) : null;
    if (cached !== undefined) answer(deps, req, res, { code, link: cached, image });
    else
      deps.recorder.links.resolve(code).then(
        (link) => answer(deps, req, res, { code, link, image }),
        (err) => fail(deps, res, err),
      );
    return true;
  };
}

type Target = { code: string; link: ResolvedLink | null; image: boolean };

const localeOf = (req: IncomingMessage) => localeFromHeader(req.headers['accept-language']);

/**
 * Synchronous for a human's click whose salt is known (nearly every one): no promise per request on the hot path. Only
 * crawlers (the card), images and the first click of a day whose salt is not loaded yet wait on the database.
 */
function answer(deps: Deps, req: IncomingMessage, res: ServerResponse, { code, link, image }: Target) {
  try {
    if (!link) return html(res, req, 404, notFoundPage(localeOf(req), deps.publicUrl));
    if (image) return settle(deps, res, sendImage(deps, req, res, link));
    const ua = req.headers['user-agent'];
    const agent = deps.agents.of(ua);
    if (agent.bot) return settle(deps, res, sendCard(deps, req, res, code, link));
    // A HEAD request is a link checker, not a visit: it learns where the link goes but is not counted.
    const target = withOwnRef(link.target, code, deps.publicUrl);
    if (req.method === 'HEAD') return redirect(res, target);
    const at = new Date();
    const salt = deps.recorder.salts.saltFor(at);
    if (salt !== undefined) return record(deps, req, res, { link, target, agent, at, salt });
    const loaded = deps.recorder.salts.load(at).then((s) => record(deps, req, res, { link, target, agent, at, salt: s }));
    settle(deps, res, loaded);
  } catch (err) {
    fail(deps, res, err);
  }
}

type Visit = { link: ResolvedLink; target: string; agent: AgentClass; at: Date; salt: string };

function record(deps: Deps, req: IncomingMessage, res: ServerResponse, { link, target, agent, at, salt }: Visit) {
  const click = {
    id: crypto.randomUUID(),
    orgId: link.orgId,
    linkId: link.id,
    at: isoTime(at.getTime()),
    visitorHash: visitorHash(salt, clientIp(req, deps.trustProxy), req.headers['user-agent'] ?? ''),
    referrerHost: referrerHost(req.headers.referer),
    deviceClass: agent.device,
    country: null,
  };
  deps.recorder.record(click, () => redirect(res, target), at.getTime());
}

async function sendCard(deps: Deps, req: IncomingMessage, res: ServerResponse, code: string, link: ResolvedLink) {
  const card = publicCard(await deps.recorder.links.card(link), link.destination);
  const imageUrl = card?.imageKey ? `${deps.publicUrl}/l/${code}/image` : (card?.imageUrl ?? null);
  html(res, req, 200, cardPage(localeOf(req), { card, destination: link.destination, imageUrl }));
}

function settle(deps: Deps, res: ServerResponse, work: Promise<void>): void {
  work.catch((err) => fail(deps, res, err));
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(302, { location, 'cache-control': 'no-store', 'x-robots-tag': 'noindex', 'content-length': 0 }).end();
}

function html(res: ServerResponse, req: IncomingMessage, status: number, body: string) {
  const bytes = Buffer.from(body);
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': bytes.length,
    'cache-control': 'no-store',
    'x-robots-tag': 'noindex',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** The post's uploaded image, public only through its tracked links, for crawlers building the preview. */
async function sendImage(deps: Deps, req: IncomingMessage, res: ServerResponse, link: ResolvedLink) {
  const key = publicCard(await deps.recorder.links.card(link), link.destination)?.imageKey;
  const img = key ? await readPostImage(deps.storage, { orgId: link.orgId, key }) : null;
  if (!img) return html(res, req, 404, notFoundPage(localeOf(req), deps.publicUrl));
  res.writeHead(200, {
    'content-type': img.contentType,
    'content-length': img.bytes.length,
    'cache-control': 'public, max-age=3600',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : img.bytes);
}

function fail(deps: RedirectDeps, res: ServerResponse, err: unknown) {
  deps.logger.error({ err }, 'redirect failed');
  if (!res.headersSent) res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' });
  res.end('Service unavailable');
}
