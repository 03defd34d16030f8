import type { Module } from '../../platform/module';
import { purgeExpiredAccessJob } from './jobs';
import { authRoutes } from './routes';

export { type Auth, createAuth } from './better-auth';
export { resolvePrincipal } from './resolve-principal';

export const authModule: Module = {
  name: 'auth',
  routes: ({ auth }) => authRoutes(auth),
  jobs: [purgeExpiredAccessJob],
};
export { createLogin } from './create-login';
export { revokeSessions } from './revoke-sessions';
