import { type Column, type SQL, sql } from 'drizzle-orm';

/**
 * `column = any($1::uuid[])`: one array parameter instead of drizzle's `in ($1, …, $n)`. With hundreds of ids the
 * list form is compared element by element for every row (measured on PGlite: 600 ids over 160,000 rows, 530 ms
 * against 187 ms), and a statement's parameter count has a ceiling (65,535) the array form never meets.
 */
export function anyUuid(column: Column | SQL, ids: readonly string[]): SQL {
  return sql`${column} = any(${sql.param(ids)}::uuid[])`;
}
