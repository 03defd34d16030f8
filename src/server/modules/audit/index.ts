import type { Module } from '../../platform/module';
import { auditRoutes } from './routes';

export { type AuditInput, recordAudit, recordAudits } from './record-audit';
export { auditLog } from './schema';

export const auditModule: Module = { name: 'audit', routes: () => auditRoutes() };
