import type { BulkTx } from '../../platform/db/client';

/**
 * The rollup's watermark in milliseconds: every click of an hour before it is counted in the rollups. Created on first
 * use: on a database that already holds clicks (an upgrade from the writer that rolled up as it inserted) at the next
 * hour, so the current hour's remaining clicks are added by their writers against those already counted; on an empty
 * one at the current hour.
 */
export async function rolledThrough(tx: BulkTx): Promise<number> {
  const read = () => tx.query('select rolled_through from click_rollup_state where id = 1');
  let { rows } = await read();
  if (rows.length === 0) {
    await tx.query(
      `insert into click_rollup_state (id, rolled_through)
       select 1, date_trunc('hour', now()) + case when exists (select 1 from clicks) then interval '1 hour' else interval '0' end
       on conflict do nothing`,
    );
    ({ rows } = await read());
  }
  return new Date(rows[0].rolled_through as string | Date).getTime();
}
