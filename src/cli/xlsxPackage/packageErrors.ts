/*
 * What goes wrong while writing output sheets into a workbook package. `UnsupportedPackageError` is the user's
 * file (not a workbook we can write into) and becomes a CliInputError; the others are misuse or a part that broke
 * the invariants we rely on (a part we wrote or already checked): bugs, never a message for the user.
 */

/**
 * The input is not a workbook package we can write into: not a zip, no content types or main part (`contentType`
 * undefined), or a main part of another kind (a template, an add-in, strict OOXML…).
 */
export class UnsupportedPackageError extends Error {
  constructor(
    readonly contentType: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(`not a workbook package (main part: ${contentType ?? 'none'})`, options);
    this.name = 'UnsupportedPackageError';
  }
}

/** A part asked for by name that the package does not have. */
export class MissingPartError extends Error {
  constructor(part: string) {
    super(`no part ${part}`);
    this.name = 'MissingPartError';
  }
}

/** A part without the element the writer edits (`problem` says which), or with markup that does not close. */
export class MalformedPartError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = 'MalformedPartError';
  }
}

/** A relationship in one of our own sheets that we never write (only tables are expected). */
export class UnexpectedRelationshipError extends Error {
  constructor(type: string, sheet: string) {
    super(`unexpected ${type} in our sheet ${sheet}`);
    this.name = 'UnexpectedRelationshipError';
  }
}

/** A sheet plan written into a workbook that already has a sheet of that name (the caller removes ours first). */
export class OutputSheetExistsError extends Error {
  constructor(sheet: string) {
    super(`sheet already exists: ${sheet}`);
    this.name = 'OutputSheetExistsError';
  }
}
