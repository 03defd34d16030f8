/** Typed application error: a stable code (also the catalogue key under errors:) and an HTTP status. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429 | 503 = 400,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(code);
  }
}

export const notFound = (what = 'resource') => new AppError('not_found', 404, { what });
export const forbidden = () => new AppError('forbidden', 403);
export const unauthenticated = () => new AppError('unauthenticated', 401);
export const conflict = (code: string, params: Record<string, string | number> = {}) => new AppError(code, 409, params);
export const invalid = (code: string, params: Record<string, string | number> = {}, details?: unknown) =>
  new AppError(code, 422, params, details);
