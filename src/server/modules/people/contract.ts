import { z } from '@hono/zod-openapi';
import { roles } from '../../platform/permissions';
import { email, isoDay, optionalText, safeString, text } from '../../platform/validation';

export const personStatusValues = ['pending', 'invited', 'active', 'inactive'] as const;
export type PersonStatusT = (typeof personStatusValues)[number];
export const personSorts = ['name', 'department', 'site', 'hireDate', 'status'] as const;
export const localeValues = ['it', 'en'] as const;

/** YYYY-MM-DD that is a real calendar day of years 1–9999 (the shared primitive; the import checks its dates with it). */
export const IsoDay = isoDay();

export const PersonRef = z.object({ id: z.string().uuid(), name: z.string() }).openapi('PersonRef');

export const Person = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    email: z.string(),
    department: z.string().nullable(),
    site: z.string().nullable(),
    jobTitle: z.string().nullable(),
    jobFamily: z.string().nullable(),
    manager: PersonRef.nullable(),
    locale: z.enum(localeValues),
    /** The languages the person reads posts in (targeting by language uses these, not `locale`). */
    contentLanguages: z.array(z.enum(localeValues)),
    hireDate: z.string().nullable(),
    status: z.enum(personStatusValues),
    roles: z.array(z.enum(roles)),
    hasLogin: z.boolean(),
  })
  .openapi('Person');
export type PersonT = z.infer<typeof Person>;

/** Filters shared by the list and the CSV export. */
export const PeopleFilters = z.object({
  q: text(200).optional(),
  department: text(200).optional(),
  site: text(200).optional(),
  jobFamily: text(200).optional(),
  role: z.enum(roles).optional(),
  status: z.enum(personStatusValues).optional(),
  managerId: z.string().uuid().optional(),
});
export type PeopleFiltersT = z.infer<typeof PeopleFilters>;

export const PeopleListQuery = PeopleFilters.extend({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  sort: z.enum(personSorts).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type PeopleListQueryT = z.infer<typeof PeopleListQuery>;

export const PeopleList = z
  .object({
    items: z.array(Person),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('PeopleList');
export type PeopleListT = z.infer<typeof PeopleList>;

/** The editable fields of a person, as a full replacement would give them. */
const personFields = {
  name: text(200, 1),
  email: email(),
  department: optionalText(200),
  site: optionalText(200),
  jobTitle: optionalText(200),
  jobFamily: optionalText(200),
  managerId: z.string().uuid().nullable(),
  locale: z.enum(localeValues),
  contentLanguages: z.array(z.enum(localeValues)).min(1).max(localeValues.length),
  hireDate: IsoDay.nullable(),
  roles: z.array(z.enum(roles)).max(roles.length),
};

/** A new person: what is left out takes its default (no manager, Italian, employee). */
export const PersonInput = z
  .object({
    ...personFields,
    managerId: personFields.managerId.optional(),
    locale: personFields.locale.default('it'),
    /** Left out: the interface language. */
    contentLanguages: personFields.contentLanguages.optional(),
    hireDate: personFields.hireDate.optional(),
    roles: personFields.roles.default(['employee']),
  })
  .openapi('PersonInput');
export type PersonInputT = z.infer<typeof PersonInput>;

/** An edit: only the fields sent change. */
export const PersonPatch = z.object(personFields).partial().openapi('PersonPatch');
export type PersonPatchT = z.infer<typeof PersonPatch>;

export const PersonParams = z.object({ id: z.string().uuid() });

export const PeopleFacets = z
  .object({ departments: z.array(z.string()), sites: z.array(z.string()), jobFamilies: z.array(z.string()) })
  .openapi('PeopleFacets');
export type PeopleFacetsT = z.infer<typeof PeopleFacets>;

// CSV import: preview → confirm → background job.
export const importStatuses = ['preview', 'queued', 'running', 'done', 'failed'] as const;
export type ImportStatusT = (typeof importStatuses)[number];
export const importErrorCodes = [
  'invalid_email',
  'missing_name',
  'duplicate_in_file',
  'unknown_manager',
  'invalid_date',
  'invalid_language',
  'invalid_role',
  'self_manager',
  'manager_cycle',
  'admin_only',
] as const;
export type ImportErrorCodeT = (typeof importErrorCodes)[number];
/**
 * Why an import stopped: a value the database refused (nothing a retry can fix), the applying process stopped too
 * often, the person who confirmed it may no longer change people, or repeated unexpected errors.
 */
export const importFailures = ['invalid_data', 'interrupted', 'not_allowed', 'unexpected'] as const;
export type ImportFailureT = (typeof importFailures)[number];

export const MAX_IMPORT_CHARS = 15_000_000;
export const ImportBody = z.object({ csv: safeString().min(1).max(MAX_IMPORT_CHARS) }).openapi('PeopleImportBody');

/**
 * One problem of one row (a row with several problems has one entry for each). row: the line number in the file
 * (the header is row 1, the first person row 2).
 */
export const ImportRowError = z
  .object({ row: z.number().int(), email: z.string(), code: z.enum(importErrorCodes) })
  .openapi('PeopleImportRowError');
export type ImportRowErrorT = z.infer<typeof ImportRowError>;

export const ImportSampleRow = z
  .object({
    row: z.number().int(),
    name: z.string(),
    email: z.string(),
    department: z.string().nullable(),
    site: z.string().nullable(),
    action: z.enum(['create', 'update', 'error']),
    codes: z.array(z.enum(importErrorCodes)),
  })
  .openapi('PeopleImportSampleRow');

export const ImportPreview = z
  .object({
    id: z.string().uuid(),
    status: z.enum(importStatuses),
    total: z.number().int(),
    valid: z.number().int(),
    toCreate: z.number().int(),
    toUpdate: z.number().int(),
    errors: z.array(ImportRowError),
    sample: z.array(ImportSampleRow),
  })
  .openapi('PeopleImportPreview');
export type ImportPreviewT = z.infer<typeof ImportPreview>;

/** skipped: valid rows whose person already matched the file (nothing to change). */
export const ImportProgress = z
  .object({
    id: z.string().uuid(),
    status: z.enum(importStatuses),
    total: z.number().int(),
    valid: z.number().int(),
    processed: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    skipped: z.number().int(),
    errors: z.array(ImportRowError),
    /** Set when status is failed; the rows applied before the failure stay applied (the counts say how many). */
    failure: z.enum(importFailures).nullable(),
  })
  .openapi('PeopleImportProgress');
export type ImportProgressT = z.infer<typeof ImportProgress>;

export const ImportParams = z.object({ id: z.string().uuid() });

/** The export takes the list's filters; the CSV separator defaults to the reader's (';' for Excel set to Italian). */
export const PeopleExportQuery = PeopleFilters.extend({ delimiter: z.enum([',', ';']).optional() });
export type PeopleExportQueryT = z.infer<typeof PeopleExportQuery>;
