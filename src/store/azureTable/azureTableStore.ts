import { CrashHook, NO_CRASH, Store } from '../store';
import { azureActivities } from './azureActivities';
import { azureAudit } from './azureAudit';
import { importActivityHistory } from './azureHistoryImport';
import { azureChannels, azureConversations, azureLeases, azureSettings, azureTurnLog, markOnce } from './azureBotState';
import { azureCategories, azureChecklist, azureFollowUpSettings, azureForvaltningTeam, azureMeetings, azureRights } from './azureDocuments';
import { azureCostCalculation } from './azureDocuments';
import { azureOutbox } from './azureOutbox';
import { azureTrainings } from './azureTrainings';
import { partitionWriter } from './optimistic';
import { tableSequences } from './sequences';
import { azureInvitations } from './azureInvitations';
import { AzureTableOptions, openTable } from './table';
import { azureDocumentRegister } from './azureDocumentRegister';

/**
 * The deployed store: one Azure Table Storage table, shared by every instance of the app.
 * Atomic writes are entity group transactions within a partition, conditioned on the etags
 * that were read (see each part); the table is created at the first start.
 */
/** /healthz answers within this even when the service does not (the SDK would retry for longer). */
const HEALTH_TIMEOUT_MS = 2000;

export async function openAzureTableStore(options: AzureTableOptions, crash: CrashHook = NO_CRASH): Promise<Store> {
  const table = await openTable(options);
  const write = partitionWriter();
  const sequences = tableSequences(table, write);
  const trail = azureAudit(table, write, crash);
  // The first wave's activity history becomes the trail's first entries (once).
  await importActivityHistory(table, trail);
  const trainings = azureTrainings(table, write, trail, sequences, crash);
  const where = `table ${options.tableName} at ${table.client.url}`;

  return {
    backend: 'azure-table',
    audit: trail.store,
    activities: azureActivities(table, write, trail),
    checklist: azureChecklist(table, write, trail),
    meetings: azureMeetings(table, write, trail),
    trainings,
    conversations: azureConversations(table),
    outbox: azureOutbox(table, write, sequences, (queue) => trainings.sweep(queue)),
    turns: azureTurnLog(table),
    settings: azureSettings(table),
    channels: azureChannels(table),
    followUp: azureFollowUpSettings(table, write, trail),
    categories: azureCategories(table, write, trail),
    rights: azureRights(table, write, trail),
    team: azureForvaltningTeam(table, write, trail),
    invitations: azureInvitations(table),
    leases: azureLeases(table, write),
    costs: azureCostCalculation(table, write, trail),
    documents: azureDocumentRegister(table, write, trail, sequences),
    async health() {
      try {
        await table.ping(HEALTH_TIMEOUT_MS);
        return { ok: true, backend: 'azure-table', detail: where };
      } catch (error) {
        return { ok: false, backend: 'azure-table', detail: `${where}: ${(error as Error).message}` };
      }
    },
    markOnce: (name) => markOnce(table, name),
    async close() {
      // The HTTP connections are the SDK's and end with the process; a background chaining of
      // the trail is let finish (what it does not get to stays pending for the next one).
      await trail.close();
    },
  };
}
