import type { TFunction } from 'i18next';
import type { Motivation, PopulationKind, TrainingKind } from '../../../server/modules/training/schema';
import type { TeamStatus } from './api';

// Literal keys (the catalogue check finds them in the code).
const motivationKeys: Record<Motivation, string> = {
  contingent: 'training:motivation.contingent',
  career: 'training:motivation.career',
  mandatory: 'training:motivation.mandatory',
  community: 'training:motivation.community',
};
const kindKeys: Record<TrainingKind, string> = {
  course: 'training:kind.course',
  workshop: 'training:kind.workshop',
  certification: 'training:kind.certification',
  elearning: 'training:kind.elearning',
};
const populationKeys: Record<PopulationKind, string> = {
  everyone: 'training:population.everyone',
  department: 'training:population.department',
  site: 'training:population.site',
  job_title: 'training:population.job_title',
  job_family: 'training:population.job_family',
  new_hires: 'training:population.new_hires',
  managers: 'training:population.managers',
};
const teamStatusKeys: Record<TeamStatus, string> = {
  not_started: 'training:team.status.not_started',
  pending: 'training:team.status.pending',
  waitlisted: 'training:team.status.waitlisted',
  enrolled: 'training:team.status.enrolled',
  completed: 'training:team.status.completed',
  overdue: 'training:team.status.overdue',
};
const channelKeys: Record<string, string> = {
  feed: 'training:channel.feed',
  email: 'training:channel.email',
  poster: 'training:channel.poster',
  advocacy: 'training:channel.advocacy',
  nudge: 'training:channel.nudge',
  catalogue: 'training:channel.catalogue',
};

export const motivationLabel = (t: TFunction, m: Motivation) => t(motivationKeys[m]);
export const kindLabel = (t: TFunction, k: TrainingKind) => t(kindKeys[k]);
export const populationLabel = (t: TFunction, p: PopulationKind) => t(populationKeys[p]);
export const teamStatusLabel = (t: TFunction, s: TeamStatus) => t(teamStatusKeys[s]);
export const channelLabel = (t: TFunction, c: string) => (channelKeys[c] ? t(channelKeys[c]) : c);

// Filled badges in shades dark enough for white text (WCAG AA).
export const motivationColor: Record<Motivation, string> = {
  contingent: 'teal.9',
  career: 'indigo.8',
  mandatory: 'red.9',
  community: 'grape.9',
};
export const teamStatusColor: Record<TeamStatus, string> = {
  not_started: 'gray.7',
  pending: 'violet.9',
  waitlisted: 'grape.9',
  enrolled: 'blue.9',
  completed: 'teal.9',
  overdue: 'red.9',
};

export const motivations: Motivation[] = ['contingent', 'career', 'mandatory', 'community'];
export const trainingKinds: TrainingKind[] = ['course', 'workshop', 'certification', 'elearning'];
export const populationKinds: PopulationKind[] = [
  'everyone',
  'department',
  'site',
  'job_title',
  'job_family',
  'new_hires',
  'managers',
];
