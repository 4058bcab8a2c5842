/** A person as the app knows them: an Entra ID object id and a display name. */
export interface Person {
  id: string;
  name: string;
}

export const samePerson = (a: Person | null, b: Person | null): boolean =>
  (a?.id ?? null) === (b?.id ?? null);
