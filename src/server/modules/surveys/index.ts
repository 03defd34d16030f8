import type { Module } from '../../platform/module';
import { surveysSweep } from './jobs';
import { surveyRoutes } from './routes';
import { seedSurveys } from './seed';

export { surveyFigures } from './figures';
export { hasAnswered } from './list-open-surveys';
export { findNewHirePulse, surveyExists } from './load-survey';
export { listSurveyTargets, type SurveyTarget } from './targets';

export const surveysModule: Module = {
  name: 'surveys',
  routes: () => surveyRoutes(),
  jobs: [surveysSweep],
  seed: seedSurveys,
};
