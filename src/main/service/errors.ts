import { ServiceError, type BridgeError } from '../../shared/bridge';
import { DatabaseRefusedError, DatabaseTooNewError } from '../db/errors';

// Defined beside the bridge's error codes, so the importer can raise it without reaching up into the
// service; the handlers import it from here.
export { ServiceError };

export function toBridgeError(error: unknown): BridgeError {
  if (error instanceof ServiceError) return { code: error.code, message: error.message };
  if (error instanceof DatabaseTooNewError) return { code: 'DB_TOO_NEW', message: error.message };
  if (error instanceof DatabaseRefusedError) return { code: 'DB_REFUSED', message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `Unexpected error: ${message}` };
}
