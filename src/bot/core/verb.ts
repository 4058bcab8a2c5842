import { Verb, VerbData } from './actionData';
import { ActionResult, Session } from './session';

/** One small handler per card verb. */
export interface VerbHandler<V extends Verb> {
  /**
   * Whether it changes something (sign up, cancel, close an item). Such a verb runs once per
   * activity id: a resent invoke gets the current state re-rendered instead (`replay`, or the
   * router's default for the training cards), and nothing is applied twice.
   */
  changes: boolean;
  run(s: Session, data: VerbData[V]): Promise<ActionResult>;
  /** For a resent turn of a verb that changes something: the card as things are now. */
  replay?(s: Session, data: VerbData[V]): Promise<ActionResult>;
}

export type VerbTable = { [V in Verb]: VerbHandler<V> };
