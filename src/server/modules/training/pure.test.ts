import { describe, expect, it } from 'vitest';
import { parseCompletions, parseDay } from './completions-csv';
import { Hierarchy } from './hierarchy';
import { managerEffect, wilson } from './manager-effect';
import { inPopulation, isEligible, populationOf } from './population';

const person = {
  department: 'Produzione',
  site: 'Parma',
  jobTitle: 'Capoturno',
  jobFamily: 'production',
  hireDate: '2026-01-10',
};

describe('populations', () => {
  it('match people by department, site, title, family and hiring date; managers are not learners', () => {
    const day = '2026-03-01';
    expect(inPopulation({ kind: 'department', value: ' produzione ' }, person, day)).toBe(true);
    expect(inPopulation({ kind: 'job_title', value: 'Capoturno' }, person, day)).toBe(true);
    expect(inPopulation({ kind: 'job_family', value: 'sales' }, person, day)).toBe(false);
    expect(inPopulation({ kind: 'new_hires', value: '30' }, person, day)).toBe(false);
    expect(inPopulation({ kind: 'new_hires', value: null }, person, day)).toBe(true);
    expect(inPopulation({ kind: 'managers', value: null }, person, day)).toBe(false);
    const rules = [
      { id: 'a', kind: 'everyone' as const, value: null, position: 0 },
      { id: 'b', kind: 'site' as const, value: 'Parma', position: 1 },
    ];
    expect(populationOf(rules, person, day)?.id).toBe('b');
    expect(isEligible([{ id: 'm', kind: 'managers', value: null, position: 0 }], person, day)).toBe(true);
    expect(isEligible([{ id: 's', kind: 'site', value: 'Milano', position: 0 }], person, day)).toBe(false);
  });
});

describe('the manager hierarchy', () => {
  it('walks teams and chains without looping on a cycle', () => {
    const h = new Hierarchy([
      { id: 'ceo', managerId: null },
      { id: 'a', managerId: 'ceo' },
      { id: 'b', managerId: 'a' },
      { id: 'x', managerId: 'y' },
      { id: 'y', managerId: 'x' },
      { id: 'z', managerId: 'x' },
    ]);
    expect([...h.teamOf('ceo')].sort()).toEqual(['a', 'b']);
    expect(h.chainOf('b')).toEqual(['a', 'ceo']);
    expect([...h.teamOf('x')].sort()).toEqual(['y', 'z']);
    expect(h.chainOf('z')).toEqual(['x', 'y']);
    expect(h.lineManagerOf('ceo')).toBeNull();
  });
});

describe('the manager effect interval', () => {
  it('reproduces Newcombe’s published example (56/70 vs 48/80: 0.0524 to 0.3339)', () => {
    const e = managerEffect({ people: 70, enrolled: 56 }, { people: 80, enrolled: 48 })!;
    expect(e.difference).toBeCloseTo(0.2, 10);
    expect(e.low).toBeCloseTo(0.0524, 4);
    expect(e.high).toBeCloseTo(0.3339, 4);
  });

  it('stays within bounds at 0 % and 100 %, and has nothing to compare with an empty group', () => {
    expect(wilson(0, 5).low).toBe(0);
    expect(wilson(5, 5).high).toBe(1);
    const e = managerEffect({ people: 5, enrolled: 5 }, { people: 5, enrolled: 0 })!;
    expect(e.high).toBeLessThanOrEqual(1);
    expect(managerEffect({ people: 0, enrolled: 0 }, { people: 3, enrolled: 1 })).toBeNull();
  });
});

describe('LMS completion files', () => {
  it('reads Italian and English headers, either separator, and day-first dates', () => {
    const { rows, missing } = parseCompletions('\uFEFFE-mail;Corso;Data completamento\r\nanna@x.it;HACCP;3/2/2026\r\n');
    expect(missing).toEqual([]);
    expect(rows).toEqual([{ row: 2, email: 'anna@x.it', training: 'HACCP', completed: '3/2/2026' }]);
    expect(parseDay('3/2/2026')).toBe('2026-02-03');
    expect(parseDay('2026-02-03T10:00:00Z')).toBe('2026-02-03');
    expect(parseDay('31/02/2026')).toBeNull();
    expect(parseCompletions('email,course\nx,y').missing).toEqual(['completed']);
  });
});
