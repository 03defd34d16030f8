import type { Module } from '../../platform/module';
import { purgeOutboxBodiesJob, sendMailBatchJob, sendMailJob, sweepMailJob } from './jobs';
import { mailRoutes } from './routes';

export { sendMailJob } from './jobs';
export { queueMail, queueMails } from './queue-mail';

export const mailModule: Module = {
  name: 'mail',
  routes: () => mailRoutes(),
  jobs: [sendMailJob, sendMailBatchJob, sweepMailJob, purgeOutboxBodiesJob],
};
