import { z } from '@hono/zod-openapi';
import { roles } from '../../platform/permissions';

export const personStatusValues = ['pending', 'invited', 'active', 'inactive'] as const;
export type PersonStatusT = (typeof personStatusValues)[number];
export const personSorts = ['name', 'department', 'site', 'hireDate', 'status'] as const;
export const localeValues = ['it', 'en'] as const;

/** YYYY-MM-DD that is a real calendar day. */
export const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'invalid date',
  })
  .openapi({ example: '2024-03-01' });

const optText = (max: number) => z.string().trim().max(max).nullable().optional();

export const PersonRef = z.object({ id: z.string().uuid(), name: z.string() }).openapi('PersonRef');

export const Person = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    email: z.string(),
    department: z.string().nullable(),
    site: z.string().nullable(),
    jobTitle: z.string().nullable(),
    manager: PersonRef.nullable(),
    locale: z.enum(localeValues),
    hireDate: z.string().nullable(),
    status: z.enum(personStatusValues),
    roles: z.array(z.enum(roles)),
    hasLogin: z.boolean(),
  })
  .openapi('Person');
export type PersonT = z.infer<typeof Person>;

/** Filters shared by the list and the CSV export. */
export const PeopleFilters = z.object({
  q: z.string().trim().max(200).optional(),
  department: z.string().trim().max(200).optional(),
  site: z.string().trim().max(200).optional(),
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
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().email().max(320),
  department: optText(200),
  site: optText(200),
  jobTitle: optText(200),
  managerId: z.string().uuid().nullable(),
  locale: z.enum(localeValues),
  hireDate: IsoDay.nullable(),
  roles: z.array(z.enum(roles)).max(roles.length),
};

/** A new person: what is left out takes its default (no manager, Italian, employee). */
export const PersonInput = z
  .object({
    ...personFields,
    managerId: personFields.managerId.optional(),
    locale: personFields.locale.default('it'),
    hireDate: personFields.hireDate.optional(),
    roles: personFields.roles.default(['employee']),
  })
  .openapi('PersonInput');
export type PersonInputT = z.infer<typeof PersonInput>;

/** An edit: only the fields sent change. */
export const PersonPatch = z.object(personFields).partial().openapi('PersonPatch');
export type PersonPatchT = z.infer<typeof PersonPatch>;

export const PersonParams = z.object({ id: z.string().uuid() });

export const PeopleFacets = z.object({ departments: z.array(z.string()), sites: z.array(z.string()) }).openapi('PeopleFacets');
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
] as const;
export type ImportErrorCodeT = (typeof importErrorCodes)[number];

export const MAX_IMPORT_CHARS = 15_000_000;
export const ImportBody = z.object({ csv: z.string().min(1).max(MAX_IMPORT_CHARS) }).openapi('PeopleImportBody');

/** row: the line number in the file (the header is row 1, the first person row 2). */
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
    code: z.enum(importErrorCodes).nullable(),
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
  })
  .openapi('PeopleImportProgress');
export type ImportProgressT = z.infer<typeof ImportProgress>;

export const ImportParams = z.object({ id: z.string().uuid() });

/** The export takes the list's filters; ';' suits Excel set to Italian. */
export const PeopleExportQuery = PeopleFilters.extend({ delimiter: z.enum([',', ';']).default(',') });
export type PeopleExportQueryT = z.infer<typeof PeopleExportQuery>;
