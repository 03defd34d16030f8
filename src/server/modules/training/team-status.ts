import type { TeamStatus } from './contract';
import type { TrainingRow } from './rows';
import type { trainingEnrolments } from './schema';

type Enrolment = Pick<typeof trainingEnrolments.$inferSelect, 'status' | 'completedAt'>;

/** Where one person stands on one training, as the manager kit and the measures count it. */
export function teamStatus(t: Pick<TrainingRow, 'motivation' | 'dueDate'>, e: Enrolment | undefined, day: string): TeamStatus {
  if (e?.completedAt) return 'completed';
  if (t.motivation === 'mandatory' && t.dueDate && t.dueDate < day) return 'overdue';
  if (e?.status === 'enrolled' || e?.status === 'pending' || e?.status === 'waitlisted') return e.status;
  return 'not_started';
}

export const emptyCounts = () => ({
  eligible: 0,
  not_started: 0,
  pending: 0,
  waitlisted: 0,
  enrolled: 0,
  completed: 0,
  overdue: 0,
});
