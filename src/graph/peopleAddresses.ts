import { Result, fail } from '../domain/problem';

/**
 * A person's e-mail address from the directory, for those who signed up where neither Teams nor
 * the token gave one (the bot). graph/graphPeopleAddresses.ts asks Microsoft Graph as the app;
 * ok(null): the directory has no address for them; `forbidden`: the app may not read users;
 * `unavailable`: try again later.
 */
export interface PeopleAddresses {
  addressOf(userId: string): Promise<Result<string | null>>;
}

export const NO_PEOPLE_ADDRESSES: PeopleAddresses = { addressOf: async () => fail('unavailable', 'graph.unavailable', { params: { reason: 'off' } }) };
