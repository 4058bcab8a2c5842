import { TableClient, TableEntityResult, TransactionAction, odata } from '@azure/data-tables';
import { DefaultAzureCredential } from '@azure/identity';
import { StoreUnavailableError } from '../store';

/**
 * The one table the app keeps its data in, and the few things every part of the Azure Table
 * backend needs from it: documents spread over properties, keys made safe, reads that answer
 * undefined instead of 404, whole-partition queries, batches of at most 100 actions, and
 * which errors mean "someone else wrote first".
 */

export interface AzureTableOptions {
  tableName: string;
  /** https://<account>.table.core.windows.net — reached with DefaultAzureCredential. */
  endpoint?: string | null;
  /** A connection string instead (Azurite, local tries); takes precedence over `endpoint`. */
  connectionString?: string | null;
  /** The user-assigned managed identity's client id (AZURE_CLIENT_ID) for DefaultAzureCredential. */
  managedIdentityClientId?: string | null;
}

/** Stored entities: our properties plus the service's etag. */
export type Entity = TableEntityResult<Record<string, unknown>> & { partitionKey: string; rowKey: string };
export type Props = Record<string, unknown>;

export interface Table {
  readonly client: TableClient;
  get(partitionKey: string, rowKey: string): Promise<Entity | undefined>;
  /** Every entity that matches the filter (all pages). */
  query(filter: string): Promise<Entity[]>;
  /** Entities of one partition whose row key starts with `prefix` ('' = all), in row-key order. */
  rows(partitionKey: string, prefix: string): Promise<Entity[]>;
  /** One atomic batch (same partition, at most 100 actions); returns the new etag of each action's entity, in order. */
  batch(actions: TransactionAction[]): Promise<(string | undefined)[]>;
  /** Whether the service answers within `ms` (one point read, no retries past the deadline). */
  ping(ms: number): Promise<void>;
}

export async function openTable(options: AzureTableOptions): Promise<Table> {
  const client = guarded(clientFor(options));
  await client.createTable(); // idempotent: an existing table is fine
  return tableOver(client);
}

/**
 * A person waits on every request: a few quick retries of a transient failure (≈ 2 s in all),
 * not the SDK's default of minutes; after them the request answers 503 (StoreUnavailableError).
 */
const RETRIES = { maxRetries: 3, retryDelayInMs: 300, maxRetryDelayInMs: 2000 };

function clientFor(o: AzureTableOptions): TableClient {
  if (o.connectionString) {
    const local = /UseDevelopmentStorage=true|https?:\/\/(127\.0\.0\.1|localhost)/i.test(o.connectionString);
    return TableClient.fromConnectionString(o.connectionString, o.tableName, { allowInsecureConnection: local, retryOptions: RETRIES });
  }
  if (!o.endpoint) throw new Error('Azure Table Storage needs AZURE_TABLE_ENDPOINT or AZURE_TABLE_CONNECTION_STRING');
  const credential = new DefaultAzureCredential(o.managedIdentityClientId ? { managedIdentityClientId: o.managedIdentityClientId } : {});
  return new TableClient(o.endpoint, o.tableName, credential, { retryOptions: RETRIES });
}

/** No answer, or the service failing (5xx), after the retries: not a decision, an outage. */
function unavailable(error: unknown): unknown {
  const status = statusOf(error);
  const aborted = (error as Error | null)?.name === 'AbortError';
  return !aborted && (status === undefined || status >= 500) ? new StoreUnavailableError('Azure Table Storage', error) : error;
}

/** The client with every failed call that is an outage turned into StoreUnavailableError, in one place. */
function guarded(client: TableClient): TableClient {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || property === 'listEntities') return value;
      return (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(unavailable(error))) : result;
      };
    },
  });
}

function tableOver(client: TableClient): Table {
  const query = async (filter: string): Promise<Entity[]> => {
    const out: Entity[] = [];
    try {
      for await (const entity of client.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) out.push(entity as Entity);
    } catch (error) {
      throw unavailable(error);
    }
    return out;
  };
  return {
    client,
    async get(partitionKey, rowKey) {
      try {
        return (await client.getEntity<Record<string, unknown>>(partitionKey, rowKey)) as Entity;
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    },
    query,
    rows(partitionKey, prefix) {
      if (prefix === '') return query(odata`PartitionKey eq ${partitionKey}`);
      return query(odata`PartitionKey eq ${partitionKey} and RowKey ge ${prefix} and RowKey lt ${prefixEnd(prefix)}`);
    },
    async ping(ms) {
      try {
        await client.getEntity('flags', 'health', { abortSignal: AbortSignal.timeout(ms) });
      } catch (error) {
        if (statusOf(error) === 404) return;
        if ((error as Error).name === 'AbortError') throw new Error(`no answer within ${ms} ms`);
        throw error;
      }
    },
    async batch(actions) {
      if (actions.length === 0) return [];
      if (actions.length > MAX_BATCH) throw new Error(`a batch holds at most ${MAX_BATCH} actions (${actions.length} given)`);
      const response = await client.submitTransaction(actions);
      // The service answers in the order of the actions (the SDK names the row key only for creates).
      return response.subResponses.map((r) => r.etag);
    },
  };
}

/** Azure Table Storage's limit of actions in one entity group transaction. */
export const MAX_BATCH = 100;

/** The first string after every string that starts with `prefix` (for row-key ranges). */
export function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/**
 * Keys may not hold / \ # ? or control characters: those (and %) are written as %XX, so any
 * id (Entra ids, Teams conversation ids, dedupe keys) can be a key and distinct ids stay distinct.
 */
export function safeKey(value: string): string {
  return value.replace(/[%/\\#?\u0000-\u001f\u007f-\u009f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
}

/** Numbers in keys, zero-padded so that key order is number order. */
export const padded = (n: number, width = 10): string => String(n).padStart(width, '0');

export function statusOf(error: unknown): number | undefined {
  const e = error as { name?: string; statusCode?: number } | null;
  return e && typeof e === 'object' && typeof e.statusCode === 'number' ? e.statusCode : undefined;
}

/** 412: the etag named in the write is no longer the stored one. 409: the entity to create exists. */
export const isWriteConflict = (error: unknown): boolean => statusOf(error) === 412 || statusOf(error) === 409;

/**
 * JSON with every non-ASCII character written as a \u escape: the same document to JSON.parse.
 * Azurite decodes a large single-entity request body chunk by chunk and breaks the UTF-8 of a
 * character that straddles two chunks (å, ä, ö in a long meeting's minutes); ASCII cannot break.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A string property holds at most 64 KiB (32,768 UTF-16 units), an entity at most 1 MiB: a
 * document's JSON is cut into parts of 30,000 characters in properties doc0, doc1, ….
 */
const PART = 30_000;
const MAX_PARTS = 15;

export function documentProps(value: unknown, name = 'doc'): Props {
  const json = asciiJson(value);
  const parts = Math.max(1, Math.ceil(json.length / PART));
  if (parts > MAX_PARTS) throw new Error(`document too large for one table entity (${json.length} characters)`);
  const props: Props = { [partsKey(name)]: parts };
  for (let i = 0; i < parts; i++) props[`${name}${i}`] = json.slice(i * PART, (i + 1) * PART);
  return props;
}

/** The entity's main document is `doc0…` counted by `parts`; a second one (`name`) is `name0…` counted by `nameParts`. */
const partsKey = (name: string) => (name === 'doc' ? 'parts' : `${name}Parts`);

/** A value as it reads back from a document (JSON drops undefined fields): what a write returns. */
export const asStored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function documentOf<T>(entity: Entity, name = 'doc'): T {
  const parts = Number(entity[partsKey(name)] ?? 0);
  let json = '';
  for (let i = 0; i < parts; i++) json += String(entity[`${name}${i}`] ?? '');
  return JSON.parse(json) as T;
}
