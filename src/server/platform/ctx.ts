import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx, Tx } from './db/client';
import { forbidden } from './errors';
import type { Locale } from './i18n';
import { can, type Permission, type Role } from './permissions';
import type { Platform } from './platform';

export type Actor = {
  personId: string;
  userId: string | null;
  name: string;
  email: string;
  roles: Role[];
  locale: Locale;
};

/** What every operation receives: the tenant, who acts (null for system jobs), the database handle and services. */
export type Ctx = {
  orgId: string;
  actor: Actor | null;
  db: DbOrTx;
  platform: Platform;
  locale: Locale;
};

export type Op<I, O> = (args: { ctx: Ctx; input: I }) => Promise<O>;

export function systemCtx(platform: Platform, orgId: string, locale: Locale = 'it'): Ctx {
  return { orgId, actor: null, db: platform.db, platform, locale };
}

/** First line of an operation: the actor must hold the permission (system jobs always may). */
export function requirePermission(ctx: Ctx, permission: Permission): void {
  if (ctx.actor && !can(ctx.actor.roles, permission)) throw forbidden();
}

export function actorOf(ctx: Ctx): Actor {
  if (!ctx.actor) throw forbidden();
  return ctx.actor;
}

/** Runs fn in one transaction, reusing the caller's if there is one. */
export async function inTx<T>(ctx: Ctx, fn: (ctx: Ctx & { db: Tx }) => Promise<T>): Promise<T> {
  if (ctx.db !== ctx.platform.db) return fn(ctx as Ctx & { db: Tx });
  return ctx.platform.db.transaction((tx) => fn({ ...ctx, db: tx }));
}

type TenantTable = { orgId: PgColumn };

/** The tenant filter, always first: `where(ofOrg(ctx, people, eq(people.id, id)))`. */
export function ofOrg(ctx: Pick<Ctx, 'orgId'>, table: TenantTable, ...conds: (SQL | undefined)[]): SQL {
  return and(eq(table.orgId, ctx.orgId), ...conds) as SQL;
}
