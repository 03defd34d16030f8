import { importColumns } from '../../../server/modules/people/import-column-names';

/** The columns the import understands, in the order of the template. */
export const IMPORT_COLUMNS = importColumns;

/** Saves an empty CSV with the header row; built in the browser so it needs no server round trip. */
export function downloadTemplate(): void {
  const blob = new Blob([`${IMPORT_COLUMNS.join(',')}\n`], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'voce-people-template.csv';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
