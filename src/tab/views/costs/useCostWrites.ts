import { useCallback } from 'react';
import type { CostView } from '../../../domain/costModel';
import { ApiError } from '../../api';
import type { Resource } from '../../useResource';

export type WriteResult = { ok: true; view: CostView } | { ok: false; error: ApiError };

/**
 * Every write of the calculation names the version it read (If-Match) and answers the new
 * CostView, which replaces the one shown at once (totals and chart with it). A 412 carries the
 * calculation as it is now: that is shown too, and the caller decides what to tell the user.
 */
export function useCostWrites(resource: Resource<CostView>) {
  const { setData } = resource;
  return useCallback(
    async (call: () => Promise<CostView>): Promise<WriteResult> => {
      try {
        const view = await call();
        setData(view);
        return { ok: true, view };
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        if (error.status === 412 && isCostView(error.current)) setData(error.current);
        return { ok: false, error };
      }
    },
    [setData],
  );
}

const isCostView = (value: unknown): value is CostView =>
  typeof value === 'object' && value !== null && 'calculation' in value && 'totals' in value;
