import { Identity } from '../domain/roles';

/**
 * The seeded demo users for AUTH_MODE=dev (local use without Teams, loopback only). The first
 * is the default: the demo förvaltningsledare. `X-Dev-User: <id or alias>` picks another.
 * The object ids are fixed so that demo data and bookmarks survive a restart.
 */
export type DevUser = Identity & { alias: string; title: { sv: string; en: string } };

const TENANT = 'dev-tenant';
const oid = (n: number) => `11111111-1111-4111-8111-${String(n).padStart(12, '0')}`;

const USERS: DevUser[] = [
  {
    alias: 'lead',
    id: oid(1),
    name: 'Maria Lindqvist',
    tenantId: TENANT,
    role: 'förvaltningsledare',
    rights: [],
    title: { sv: 'Förvaltningsledare O365, IT-avdelningen', en: 'O365 administration lead, IT department' },
  },
  {
    alias: 'owner',
    id: oid(2),
    name: 'Anders Berg',
    tenantId: TENANT,
    role: 'member',
    rights: ['projektägare'],
    title: { sv: 'Projektägare, införandeprojektet O365', en: 'Project owner, O365 rollout project' },
  },
  {
    alias: 'member',
    id: oid(3),
    name: 'Johan Ek',
    tenantId: TENANT,
    role: 'member',
    rights: [],
    title: { sv: 'IT-tekniker, Servicedesk', en: 'IT technician, Service desk' },
  },
  {
    alias: 'member2',
    id: oid(4),
    name: 'Sara Nilsson',
    tenantId: TENANT,
    role: 'member',
    rights: [],
    title: { sv: 'Champion, Institutionen för pedagogik', en: 'Champion, Department of Education' },
  },
  {
    alias: 'reader',
    id: oid(5),
    name: 'Karin Holm',
    tenantId: TENANT,
    role: 'reader',
    rights: [],
    title: { sv: 'Administratör, Ekonomiavdelningen', en: 'Administrator, Finance Office' },
  },
  {
    alias: 'systemowner',
    id: oid(6),
    name: 'Peter Sjöberg',
    tenantId: TENANT,
    role: 'reader',
    rights: [],
    title: { sv: 'Systemgruppsägare, Digitala arbetsplatsen', en: 'System owner, Digital workplace' },
  },
];

export const DEV_USERS: readonly DevUser[] = Object.freeze(
  USERS.map((u) => Object.freeze({ ...u, title: Object.freeze({ ...u.title }) })),
);

/** The demo user with this object id or alias (case-insensitive); no value means the default lead. */
export function findDevUser(idOrAlias: string | undefined): DevUser | undefined {
  const wanted = idOrAlias?.trim().toLowerCase();
  if (!wanted) return DEV_USERS[0];
  return DEV_USERS.find((u) => u.id === wanted || u.alias === wanted);
}
