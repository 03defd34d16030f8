/** The columns the CSV import understands, in the order of the template (shared with the web client, hence no imports). */
export const importColumns = [
  'name',
  'email',
  'department',
  'site',
  'job_title',
  'job_family',
  'manager_email',
  'language',
  'content_languages',
  'hire_date',
  'roles',
] as const;
export type ImportColumn = (typeof importColumns)[number];
