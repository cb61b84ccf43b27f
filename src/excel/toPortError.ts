import { type LocalizedText } from '../domain/findings/Finding';
import { type PortError, type PortErrorCode } from '../port/WorkbookPort';
import { PORT_ERROR_MESSAGES, PORT_MESSAGES } from '../port/portMessages';

/** The shape of an OfficeExtension.Error as thrown by `context.sync()`. */
export interface OfficeErrorLike {
  readonly name: string;
  readonly code: string;
  readonly message: string;
  readonly debugInfo?: { readonly errorLocation?: string };
}

/** True for errors that Excel raised (expected problems), false for bugs in our own code. */
export function isOfficeError(error: unknown): error is OfficeErrorLike {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    (error.name === 'RichApi.Error' || error.name === 'OfficeExtension.Error')
  );
}

const CODE_MAP: Readonly<Record<string, PortErrorCode>> = {
  InvalidOperationInCellEditMode: 'cell-edit-mode',
  RequestPayloadSizeLimitExceeded: 'payload-too-large',
  ResponsePayloadSizeLimitExceeded: 'payload-too-large',
  ItemNotFound: 'not-found',
  AccessDenied: 'access-denied',
};

/** Builds a PortError from a code, optionally with a more specific message. */
export function portError(code: PortErrorCode, message?: LocalizedText): PortError {
  return { code, message: message ?? PORT_ERROR_MESSAGES[code] };
}

/**
 * Maps an error thrown by Office.js to a PortError. Anything that is not an Office error is a programmer error
 * and is rethrown, so bugs are never dressed up as "Excel could not…".
 */
export function toPortError(error: unknown): PortError {
  if (!isOfficeError(error)) throw error;
  const code = CODE_MAP[error.code] ?? 'general';
  if (code !== 'general') return portError(code);
  // Unknown codes keep Excel's own text so that a support request can name it.
  return portError('general', PORT_MESSAGES.unknownOfficeError(error.code, error.message));
}
