import { useRememberedChoice } from '../../components/useRememberedChoice';

/** Which amounts the table shows: interna resurser, externa kostnader, or both together. */
export type SideMode = 'internal' | 'external' | 'total';
export const SIDE_MODES: readonly SideMode[] = ['internal', 'external', 'total'];

/** The side the person chose last time (both together at first), and a setter that remembers the new one. */
export const useSideMode = (userId: string) => useRememberedChoice<SideMode>('costs.side', userId, SIDE_MODES, 'total');
