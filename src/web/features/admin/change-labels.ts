import { useTranslation } from 'react-i18next';

/** Readable names of what an audit entry's data mentions (keys written out so the catalogue checks see them). */
export function useChangeLabels() {
  const { t } = useTranslation();
  const settings: Record<string, string> = {
    name: t('settings:org.name'),
    timeZone: t('settings:org.timeZone'),
    disclosure: t('settings:sharing.disclosure'),
    blockedWords: t('settings:sharing.blockedWords'),
    approvalRequired: t('settings:sharing.approval'),
    costPerClick: t('settings:emv.costPerClick'),
    cpm: t('settings:emv.cpm'),
  };
  const fields: Record<string, string> = {
    name: t('people:form.name'),
    email: t('people:form.email'),
    department: t('people:form.department'),
    site: t('people:form.site'),
    jobTitle: t('people:form.jobTitle'),
    jobFamily: t('people:form.jobFamily'),
    managerId: t('people:form.manager'),
    locale: t('people:form.language'),
    hireDate: t('people:form.hireDate'),
    roles: t('people:form.roles'),
    texts: t('admin:audit.fields.texts'),
    url: t('admin:audit.fields.url'),
    imageKey: t('admin:audit.fields.image'),
    previewImageUrl: t('admin:audit.fields.image'),
    topics: t('admin:audit.fields.topics'),
    language: t('admin:audit.fields.language'),
    captions: t('admin:audit.fields.captions'),
    targeting: t('admin:audit.fields.targeting'),
    publishAt: t('admin:audit.fields.publishAt'),
    expireAt: t('admin:audit.fields.expireAt'),
  };
  const statuses: Record<string, string> = {
    draft: t('content:status.draft'),
    in_review: t('content:status.in_review'),
    scheduled: t('content:status.scheduled'),
    published: t('content:status.published'),
    expired: t('content:status.expired'),
    archived: t('content:status.archived'),
  };
  const failures: Record<string, string> = {
    invalid_data: t('people:import.failure.invalid_data'),
    interrupted: t('people:import.failure.interrupted'),
    not_allowed: t('people:import.failure.not_allowed'),
    unexpected: t('people:import.failure.unexpected'),
  };
  return {
    setting: (k: string) => settings[k] ?? k,
    field: (k: string) => fields[k] ?? k,
    status: (s: string) => statuses[s] ?? s,
    importFailure: (r: string) => failures[r] ?? r,
  };
}
