/**
 * The tab's client for /api: adds the caller's identity (Teams SSO token, or in browser mode the
 * demo user) and language, and turns error bodies into ApiError with the server's localized
 * message, the field it is about and — for 412 — the record as it is now.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClientOptions {
  locale: string;
  /** Returns a bearer token (in Teams) or null (browser mode). */
  token: () => Promise<string | null>;
  /** Browser mode: the demo user to act as (X-Dev-User), when chosen. */
  devUser?: string | null;
  baseUrl?: string;
}

export interface RequestOptions {
  body?: unknown;
  /** The version the user started from; sent as If-Match. */
  ifMatch?: number;
}

export class ApiClient {
  private readonly prefetched = new Map<string, Promise<unknown>>();

  constructor(private readonly options: ApiClientOptions) {}

  /** Starts a GET now; the first `get` of the same path takes its result (once). */
  prefetch(path: string): void {
    const pending = this.request('GET', path);
    pending.catch(() => undefined); // the later get() reports the error
    this.prefetched.set(path, pending);
  }

  async request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { 'accept-language': this.options.locale, accept: 'application/json' };
    const token = await this.options.token();
    if (token) headers.authorization = `Bearer ${token}`;
    else if (this.options.devUser) headers['x-dev-user'] = this.options.devUser;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (opts.ifMatch !== undefined) headers['if-match'] = `"${opts.ifMatch}"`;

    let response: Response;
    try {
      response = await fetch((this.options.baseUrl ?? '') + path, {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      });
    } catch {
      throw new ApiError(0, 'network', this.options.locale.startsWith('en') ? 'The server cannot be reached.' : 'Servern kan inte nås.');
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    const json = text ? safeJson(text) : undefined;
    if (!response.ok) {
      const error = (json as { error?: { code?: string; message?: string; field?: string }; current?: unknown } | undefined) ?? {};
      throw new ApiError(
        response.status,
        error.error?.code ?? 'http',
        error.error?.message ?? `HTTP ${response.status}`,
        error.error?.field,
        error.current,
      );
    }
    return json as T;
  }

  get = <T>(path: string): Promise<T> => {
    const early = this.prefetched.get(path);
    if (early) {
      this.prefetched.delete(path);
      return early as Promise<T>;
    }
    return this.request<T>('GET', path);
  };
  post = <T>(path: string, body: unknown) => this.request<T>('POST', path, { body });
  patch = <T>(path: string, body: unknown, ifMatch: number) => this.request<T>('PATCH', path, { body, ifMatch });
  del = <T>(path: string, ifMatch?: number) => this.request<T>('DELETE', path, { ifMatch });

  /** A download link for the browser (exports): same identity, as query-less GET through fetch. */
  async download(path: string): Promise<Blob> {
    const headers: Record<string, string> = { 'accept-language': this.options.locale };
    const token = await this.options.token();
    if (token) headers.authorization = `Bearer ${token}`;
    else if (this.options.devUser) headers['x-dev-user'] = this.options.devUser;
    const response = await fetch((this.options.baseUrl ?? '') + path, { headers });
    if (!response.ok) {
      const json = safeJson(await response.text()) as { error?: { code?: string; message?: string } } | undefined;
      throw new ApiError(response.status, json?.error?.code ?? 'http', json?.error?.message ?? `HTTP ${response.status}`);
    }
    return response.blob();
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
