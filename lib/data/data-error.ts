import "server-only";
/**
 * Raised when a data file does not match its schema. The message always names the
 * file, the row (1-based data row, plus the line in the file) and the reason, so a
 * failed build points straight at the cell to fix.
 */
export class DataValidationError extends Error {
  readonly file: string;
  readonly row: number | null;

  constructor(file: string, row: number | null, reason: string) {
    const where = row === null ? file : `${file}, row ${row} (line ${row + 1})`;
    super(`Invalid data in ${where}: ${reason}`);
    this.name = "DataValidationError";
    this.file = file;
    this.row = row;
  }
}
