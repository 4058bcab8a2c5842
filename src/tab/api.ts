import { API, BodyOf, Endpoint, ParamsOf, QueryOf, ResponseOf, pathOf, queryString } from '../api/contract';

/**
 * The tab's client for /api, typed by the API contract (api/contract.ts): `api.activities.update(
 * { params: { key }, body: change, ifMatch: version })` — the path, the body's type and the
 * answer's type all come from the contract, so no view builds a path or restates a response.
 * It adds the caller's identity (Teams SSO token, or in browser mode the demo user) and language,
 * and turns error bodies into ApiError with the server's localized message, the field it is about
 * and — for 412 — the record as it is now.
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

/** What a call of an endpoint takes: its path parameters, query, body and If-Match (the version started from). */
export type CallArgs<E> = E extends Endpoint<infer P>
  ? ([keyof ParamsOf<P>] extends [never] ? { params?: ParamsOf<P> } : { params: ParamsOf<P> }) &
      ([BodyOf<E>] extends [undefined] ? { body?: undefined } : undefined extends BodyOf<E> ? { body?: BodyOf<E> } : { body: BodyOf<E> }) & {
        query?: QueryOf<E>;
        ifMatch?: number;
      }
  : never;

type Call<E> = Record<string, never> extends CallArgs<E> ? (args?: CallArgs<E>) => Promise<ResponseOf<E>> : (args: CallArgs<E>) => Promise<ResponseOf<E>>;

/** The contract as functions: every endpoint of `API`, in the same shape. */
export type TypedApi<T> = { readonly [K in keyof T]: T[K] extends Endpoint ? Call<T[K]> : TypedApi<T[K]> };

export class ApiClient {
  private readonly prefetched = new Map<string, Promise<unknown>>();

  constructor(private readonly options: ApiClientOptions) {}

  /** Starts a GET of the endpoint now; the first call of it with the same arguments takes the result (once). */
  prefetch<E extends Endpoint>(endpoint: E, args: CallArgs<E>): void {
    this.prefetchPath(urlOf(endpoint, args));
  }

  private prefetchPath(path: string): void {
    const pending = this.request('GET', path);
    pending.catch(() => undefined); // the later get() reports the error
    this.prefetched.set(path, pending);
  }

  private async request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
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

  /** Calls an endpoint of the contract. */
  call<E extends Endpoint>(endpoint: E, args: CallArgs<E>): Promise<ResponseOf<E>> {
    const path = urlOf(endpoint, args);
    if (endpoint.file) return this.download(path) as Promise<ResponseOf<E>>;
    if (endpoint.method === 'GET') {
      const early = this.prefetched.get(path);
      if (early) {
        this.prefetched.delete(path);
        return early as Promise<ResponseOf<E>>;
      }
    }
    const { body, ifMatch } = args as { body?: unknown; ifMatch?: number };
    return this.request<ResponseOf<E>>(endpoint.method, path, { ...(body !== undefined ? { body } : {}), ...(ifMatch !== undefined ? { ifMatch } : {}) });
  }

  /** A file (exports): same identity, fetched as a Blob. */
  private async download(path: string): Promise<Blob> {
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

function urlOf<E extends Endpoint>(endpoint: E, args: CallArgs<E>): string {
  const { params, query } = (args ?? {}) as { params?: Record<string, string>; query?: Record<string, string | undefined> };
  return pathOf(endpoint, (params ?? {}) as ParamsOf<string>) + queryString(query);
}

function bind<T>(client: ApiClient, tree: T): TypedApi<T> {
  const isEndpoint = (v: unknown): v is Endpoint => typeof v === 'object' && v !== null && 'method' in v && 'path' in v;
  return Object.fromEntries(
    Object.entries(tree as Record<string, unknown>).map(([name, value]) => [
      name,
      isEndpoint(value) ? (args?: CallArgs<Endpoint>) => client.call(value, args ?? ({} as CallArgs<Endpoint>)) : bind(client, value),
    ]),
  ) as TypedApi<T>;
}

/** The client as the views use it: the contract's endpoints as functions, and prefetch for the first view. */
export type TabApi = TypedApi<typeof API> & { prefetch: ApiClient['prefetch'] };

export function createApi(options: ApiClientOptions): TabApi {
  const client = new ApiClient(options);
  return Object.assign(bind(client, API), { prefetch: client.prefetch.bind(client) });
}
