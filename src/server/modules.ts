import { analyticsModule } from './modules/analytics';
import { auditModule } from './modules/audit';
import { authModule } from './modules/auth';
import { contentModule } from './modules/content';
import { linksModule } from './modules/links';
import { mailModule } from './modules/mail';
import { organisationsModule } from './modules/organisations';
import { peopleModule } from './modules/people';
import { sharingModule } from './modules/sharing';
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
];

export const allJobs = () => modules.flatMap((m) => m.jobs ?? []);
