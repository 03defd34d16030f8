import { actionsModule } from './modules/actions';
import { ambassadorsModule } from './modules/ambassadors';
import { analyticsModule } from './modules/analytics';
import { auditModule } from './modules/audit';
import { authModule } from './modules/auth';
import { contentModule } from './modules/content';
import { engagementModule } from './modules/engagement';
import { eventsModule } from './modules/events';
import { instanceModule } from './modules/instance';
import { linksModule } from './modules/links';
import { mailModule } from './modules/mail';
import { newsModule } from './modules/news';
import { onboardingModule } from './modules/onboarding';
import { organisationsModule } from './modules/organisations';
import { peopleModule } from './modules/people';
import { qaModule } from './modules/qa';
import { recruitingModule } from './modules/recruiting';
import { sharingModule } from './modules/sharing';
import { storiesModule } from './modules/stories';
import { suggestionsModule } from './modules/suggestions';
import { surveysModule } from './modules/surveys';
import { trainingModule } from './modules/training';
import type { Module } from './platform/module';

/** Every domain module of the process. A new module is one import and one line here. */
export const modules: Module[] = [
  authModule,
  organisationsModule,
  peopleModule,
  mailModule,
  auditModule,
  contentModule,
  linksModule,
  sharingModule,
  analyticsModule,
  surveysModule,
  suggestionsModule,
  newsModule,
  actionsModule,
  onboardingModule,
  qaModule,
  engagementModule,
  trainingModule,
  eventsModule,
  storiesModule,
  ambassadorsModule,
  recruitingModule,
  instanceModule,
];

export const allJobs = () => modules.flatMap((m) => m.jobs ?? []);
