import { Verb, VerbData } from '../actionData';
import { ActionResult, Session } from '../session';

/** One small handler per card verb. */
export interface VerbHandler<V extends Verb> {
  /**
   * Whether it changes something (sign up, cancel). Such a verb runs once per activity id: a
   * resent invoke gets the current state re-rendered instead, and nothing is applied twice.
   */
  changes: boolean;
  run(s: Session, data: VerbData[V]): Promise<ActionResult>;
}

export type VerbTable = { [V in Verb]: VerbHandler<V> };
