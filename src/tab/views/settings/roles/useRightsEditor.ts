import { useState } from 'react';
import type { ApiError } from '../../../api';
import { useApp } from '../../../appContext';
import { useT } from '../../../i18n';
import type { Resource } from '../../../useResource';
import type { AccessOverview } from '../../../../domain/access';
import type { Person } from '../../../../domain/person';
import type { Right, Rights } from '../../../../domain/rights';
import { useRoleWords } from './words';

/** How a grant or a withdrawal went: saved; refused as stale (the list is reloaded); or failed (the problem says why). */
export type Outcome = 'done' | 'conflict' | 'failed';

export interface RightsProblem {
  intent: 'warning' | 'error';
  title: string;
  body: string;
}

export interface RightsEditor {
  busy: boolean;
  problem: RightsProblem | null;
  dismissProblem: () => void;
  /** What was done, for the polite status beside the rights ("Johan Ek har nu rättigheten projektägare."). */
  announcement: string;
  grant: (right: Right, person: Person) => Promise<Outcome>;
  withdraw: (right: Right, person: Person) => Promise<Outcome>;
}

/**
 * Grants and withdraws rights (POST /api/rights, DELETE /api/rights/:right/:personId) with the
 * version of the rights shown (If-Match), so a change someone else made in between is never
 * overwritten: on 412 the overview is reloaded and the user is told to try again.
 */
export function useRightsEditor(overview: Resource<AccessOverview>): RightsEditor {
  const t = useT();
  const words = useRoleWords();
  const { api } = useApp();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<RightsProblem | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const write = async (send: (version: number) => Promise<Rights>, done: string): Promise<Outcome> => {
    const current = overview.data;
    if (!current) return 'failed';
    setBusy(true);
    setProblem(null);
    setAnnouncement('');
    try {
      const rights = await send(current.rights.version);
      overview.setData((shown) => ({ ...(shown ?? current), rights }));
      setAnnouncement(done);
      return 'done';
    } catch (e) {
      const error = e as ApiError;
      if (error.status === 412) {
        // The message says the list is up to date: show it once it is.
        await overview.reload();
        setProblem({ intent: 'warning', title: t('tab.roles.conflict.title'), body: t('tab.roles.conflict') });
        return 'conflict';
      }
      setProblem({ intent: 'error', title: t('tab.roles.error.title'), body: error.message });
      return 'failed';
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    problem,
    dismissProblem: () => setProblem(null),
    announcement,
    grant: (right, person) =>
      write(
        (version) => api.access.grant({ body: { right, person: { id: person.id, name: person.name } }, ifMatch: version }),
        t('tab.roles.granted', { name: person.name, right: words.right(right) }),
      ),
    withdraw: (right, person) =>
      write(
        (version) => api.access.withdraw({ params: { right, personId: person.id }, ifMatch: version }),
        t('tab.roles.withdrawn', { name: person.name, right: words.right(right) }),
      ),
  };
}
