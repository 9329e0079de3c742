import type { BridgeError, ErrorCode } from '../../shared/bridge';
import { DatabaseRefusedError, DatabaseTooNewError } from '../db/errors';

/** An error the service means to show the user: it crosses the bridge with its code and message. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export function toBridgeError(error: unknown): BridgeError {
  if (error instanceof ServiceError) return { code: error.code, message: error.message };
  if (error instanceof DatabaseTooNewError) return { code: 'DB_TOO_NEW', message: error.message };
  if (error instanceof DatabaseRefusedError) return { code: 'DB_REFUSED', message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `Unexpected error: ${message}` };
}
