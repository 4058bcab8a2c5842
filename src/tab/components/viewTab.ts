import type { MessageKey } from '../../i18n';

/** A view as the navigation shows it: its id (the hash) and the key of its name. */
export interface ViewTab {
  id: string;
  label: MessageKey;
}
