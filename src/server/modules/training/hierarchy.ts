/**
 * The manager hierarchy of one organisation, in memory. Every walk remembers where it has been, so a cycle in the
 * manager chain (possible in data written before cycles were refused, or by two concurrent edits) ends the walk
 * instead of looping.
 */
export class Hierarchy {
  private readonly managerOf = new Map<string, string | null>();
  private readonly reports = new Map<string, string[]>();

  constructor(people: { id: string; managerId: string | null }[]) {
    for (const p of people) this.managerOf.set(p.id, p.managerId);
    for (const p of people) {
      if (!p.managerId || p.managerId === p.id) continue;
      const list = this.reports.get(p.managerId) ?? [];
      list.push(p.id);
      this.reports.set(p.managerId, list);
    }
  }

  directReports(managerId: string): string[] {
    return this.reports.get(managerId) ?? [];
  }

  /** Everyone whose manager chain leads to the manager (direct and indirect reports), never the manager. */
  teamOf(managerId: string): Set<string> {
    const team = new Set<string>();
    const queue = [...this.directReports(managerId)];
    while (queue.length > 0) {
      const id = queue.pop() as string;
      if (id === managerId || team.has(id)) continue;
      team.add(id);
      queue.push(...this.directReports(id));
    }
    return team;
  }

  /** The person's managers, nearest first, each once; stops where the chain loops or leaves the organisation. */
  chainOf(personId: string): string[] {
    const chain: string[] = [];
    const seen = new Set([personId]);
    let at = this.managerOf.get(personId) ?? null;
    while (at && !seen.has(at) && this.managerOf.has(at)) {
      chain.push(at);
      seen.add(at);
      at = this.managerOf.get(at) ?? null;
    }
    return chain;
  }

  lineManagerOf(personId: string): string | null {
    return this.chainOf(personId)[0] ?? null;
  }

  isManager(personId: string): boolean {
    return this.directReports(personId).some((id) => id !== personId);
  }
}
