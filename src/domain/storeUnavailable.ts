/**
 * The store did not answer (the service is unreachable or failing, after the client's own
 * retries): nothing was decided, so the caller may try again — the API answers 503 with
 * Retry-After. Thrown by a store backend; the adapters know it from here, not from store/.
 */
export class StoreUnavailableError extends Error {
  constructor(backend: string, cause: unknown) {
    super(`${backend} is unavailable: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`, { cause });
    this.name = 'StoreUnavailableError';
  }
}
