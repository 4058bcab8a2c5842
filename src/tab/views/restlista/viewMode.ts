import { useRememberedChoice } from '../../components/useRememberedChoice';

/** The restlista as cards (the default) or as a compact table. */
export type ViewMode = 'cards' | 'table';
const VIEW_MODES: readonly ViewMode[] = ['cards', 'table'];

/** The view mode the person chose last time, and a setter that remembers the new one. */
export const useViewMode = (userId: string) => useRememberedChoice<ViewMode>('restlista.view', userId, VIEW_MODES, 'cards');
