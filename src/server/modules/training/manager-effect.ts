/**
 * The manager effect: the enrolment rate of people whose line manager endorsed a training against people whose line
 * manager did not, with a 95 % interval for the difference. Observational: managers choose what to endorse and
 * teams differ, so the figure shows an association, not what an endorsement causes.
 *
 * The interval is Newcombe's hybrid score interval (method 10 of Newcombe 1998), built from the two Wilson score
 * intervals: unlike the textbook Wald interval it stays inside [-1, 1] and behaves at 0 % or 100 % and with small
 * groups, which is what a team-level figure meets. It treats people as independent; people of one team are not
 * (same manager), so the true uncertainty is wider still: one more reason to read it as a hint.
 */
const Z = 1.959963984540054;

export type Proportion = { people: number; enrolled: number };

/** The Wilson score interval of x successes out of n. */
export function wilson(x: number, n: number): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = x / n;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export type Effect = {
  endorsed: Proportion & { rate: number };
  notEndorsed: Proportion & { rate: number };
  difference: number;
  low: number;
  high: number;
};

/** Null when either group is empty: there is nothing to compare. */
export function managerEffect(endorsed: Proportion, notEndorsed: Proportion): Effect | null {
  if (endorsed.people === 0 || notEndorsed.people === 0) return null;
  const p1 = endorsed.enrolled / endorsed.people;
  const p2 = notEndorsed.enrolled / notEndorsed.people;
  const w1 = wilson(endorsed.enrolled, endorsed.people);
  const w2 = wilson(notEndorsed.enrolled, notEndorsed.people);
  const d = p1 - p2;
  return {
    endorsed: { ...endorsed, rate: p1 },
    notEndorsed: { ...notEndorsed, rate: p2 },
    difference: d,
    low: d - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2),
    high: d + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2),
  };
}
