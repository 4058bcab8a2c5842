import type * as common from './common';
import type * as activityLog from './activityLog';
import type * as restlista from './restlista';
import type * as meeting from './meeting';
import type * as handover from './handover';
import type * as trainings from './trainings';
import type * as trainingInvitations from './trainingInvitations';
import type * as settings from './settings';
import type * as auditLog from './auditLog';
import type * as people from './people';
import type * as roles from './roles';
// Kostnadskalkyl (issue 16)
import type * as costs from './costs';
import type * as documents from './documents';

/**
 * The tab's texts: one file per view, so each view's words live together and travel in that
 * view's chunk. `common` is always loaded; a view registers its own file with `addMessages()`
 * (src/i18n/index.ts) when its module loads; any other file a text needs is loaded by the key's
 * prefix (`textsOf`, below).
 */
export type TabMessages = typeof common.sv &
  typeof activityLog.sv &
  typeof restlista.sv &
  typeof meeting.sv &
  typeof handover.sv &
  typeof trainings.sv &
  typeof trainingInvitations.sv &
  typeof settings.sv &
  typeof auditLog.sv &
  typeof people.sv &
  typeof roles.sv &
  typeof costs.sv &
  typeof documents.sv;
export type TabMessageKey = keyof TabMessages;

export type Catalog = { sv: Record<string, string>; en: Record<string, string> };

/** A catalog loaded when one of its keys is wanted: `prefix` begins every one of its keys (the type checks it). */
function byPrefix<M extends Catalog, P extends string>(
  prefix: P,
  load: () => Promise<M>,
  ..._everyKeyStartsWithPrefix: keyof M['sv'] extends `${P}${string}` ? [] : [never]
): { prefix: string; load: () => Promise<Catalog> } {
  return { prefix, load };
}

/**
 * Which file has a key's text, by the key's beginning — the longer prefix first where one begins
 * another. A view still brings its own file along (no wait for its own words), but a component
 * it shares with another view (the restlista's flags in Månadsmöte) may want a file no view has
 * loaded yet: in a view opened directly it would show the raw key. `textsOf(key)` loads that file;
 * the tab's `useT()` waits for it (src/tab/i18n.tsx). Each file is its own small chunk.
 */
const LAZY_CATALOGS = [
  byPrefix('tab.activityLog.', () => import('./activityLog')),
  byPrefix('tab.restlista.', () => import('./restlista')),
  byPrefix('tab.meeting.', () => import('./meeting')),
  byPrefix('tab.handover.', () => import('./handover')),
  byPrefix('tab.trainings.invitation.', () => import('./trainingInvitations')),
  byPrefix('tab.trainings.', () => import('./trainings')),
  byPrefix('tab.settings.', () => import('./settings')),
  byPrefix('tab.auditLog.', () => import('./auditLog')),
  byPrefix('tab.people.', () => import('./people')),
  byPrefix('tab.roles.', () => import('./roles')),
  byPrefix('tab.documents.', () => import('./documents')),
  byPrefix('audit.', () => import('../audit')),
  byPrefix('tab.costs.', () => import('./costs')),
];

const arrived = new Set<string>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();
let version = 0;

/**
 * The catalog that has `key`, being loaded: a promise that settles when its texts are in
 * (handed to `register`: src/i18n's `addMessages`, which this index does not import — it is the
 * other way round), or undefined when there is nothing to wait for — no catalog has that prefix,
 * or it was loaded already (then a missing text is a missing key, shown as the key). A catalog
 * that fails to load (the network) is not asked for again until the page is reloaded.
 */
export function textsOf(key: string, register: (texts: Catalog) => void): Promise<void> | undefined {
  const catalog = LAZY_CATALOGS.find((c) => key.startsWith(c.prefix));
  if (!catalog || arrived.has(catalog.prefix)) return undefined;
  let pending = loading.get(catalog.prefix);
  if (!pending) {
    pending = catalog
      .load()
      .then(register, () => undefined)
      .finally(() => {
        arrived.add(catalog.prefix);
        loading.delete(catalog.prefix);
        version += 1;
        for (const listener of listeners) listener();
      });
    loading.set(catalog.prefix, pending);
  }
  return pending;
}

/** Tells `listener` each time a catalog has arrived (useSyncExternalStore's subscribe); returns the unsubscribe. */
export function onTextsArrived(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How many catalogs have arrived through `textsOf` (useSyncExternalStore's snapshot). */
export const textsArrived = (): number => version;
