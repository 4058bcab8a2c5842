import type { Status } from '../../types';

/** The statuses in the order people think of them (as src/domain/activity.ts; no runtime import of the domain). */
export const STATUS_ORDER: readonly Status[] = ['ny', 'pågår', 'väntar', 'klar', 'avförd'];

/** klar and avförd close an item and need a resolution note. */
export const isClosing = (status: Status): boolean => status === 'klar' || status === 'avförd';
