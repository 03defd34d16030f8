import type { RateRowT } from './contract';

/** Accumulates person × training pairs by a key: eligible, enrolled, completed. */
export class Rates {
  private readonly rows = new Map<string, { eligible: number; enrolled: number; completed: number }>();

  add(key: string, enrolled: boolean, completed: boolean) {
    const r = this.rows.get(key) ?? { eligible: 0, enrolled: 0, completed: 0 };
    r.eligible++;
    if (enrolled) r.enrolled++;
    if (completed) r.completed++;
    this.rows.set(key, r);
  }

  /**
   * Enrolment rate: enrolled (or completed) over eligible; completion rate: completed over enrolled. Largest groups
   * first; `limit` keeps long tails (managers) readable.
   */
  list(limit = 100): RateRowT[] {
    return [...this.rows]
      .map(([key, r]) => ({
        key,
        ...r,
        enrolmentRate: r.eligible ? r.enrolled / r.eligible : null,
        completionRate: r.enrolled ? r.completed / r.enrolled : null,
      }))
      .sort((a, b) => b.eligible - a.eligible || a.key.localeCompare(b.key))
      .slice(0, limit);
  }
}
