/** The columns the CSV import understands, in the order of the template (shared with the web client, hence no imports). */
export const importColumns = [
  'name',
  'email',
  'department',
  'site',
  'job_title',
  'manager_email',
  'language',
  'hire_date',
  'roles',
] as const;
export type ImportColumn = (typeof importColumns)[number];
