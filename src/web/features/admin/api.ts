import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditPageT, AuditQueryT } from '../../../server/modules/audit/contract';
import type { OutboxMessageT, OutboxPageT } from '../../../server/modules/mail/contract';
import { api, qs } from '../../lib/api';

export type AuditFilters = Partial<AuditQueryT>;

export const useOutbox = (page: number) =>
  useQuery({
    queryKey: ['outbox', page],
    queryFn: () => api.get<OutboxPageT>(`/api/outbox${qs({ page })}`),
    placeholderData: keepPreviousData,
  });

export const useOutboxMessage = (id: string) =>
  useQuery({
    queryKey: ['outbox', 'message', id],
    queryFn: () => api.get<OutboxMessageT>(`/api/outbox/${encodeURIComponent(id)}`),
  });

export const useAudit = (filters: AuditFilters) =>
  useQuery({
    queryKey: ['audit', filters],
    queryFn: () => api.get<AuditPageT>(`/api/audit${qs(filters)}`),
    placeholderData: keepPreviousData,
  });
