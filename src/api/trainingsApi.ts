import type { Server } from 'restify';
import { DateTime } from 'luxon';
import { isIsoDate } from '../domain/calendar';
import { Result, fail, ok } from '../domain/problem';
import { Registrant } from '../domain/registration';
import { CommandContext, authorize } from '../commands/context';
import { createTraining } from '../commands/trainingCreator';
import { updateTraining } from '../commands/trainingUpdater';
import { registerParticipant, signUpForTraining } from '../commands/trainingSignUp';
import { cancelRegistration } from '../commands/trainingCancellation';
import { markAttendance } from '../commands/attendanceMarker';
import { getTraining, listTrainings, trainingRegistrations, trainingView } from '../commands/trainingListing';
import { trainingStatistics } from '../commands/trainingStatistics';
import { RouteDeps, route, orFail } from './route';
import { etag, ifMatchVersion, parseWith } from './input';
import { readJson } from '../http/jsonBody';
import {
  attendanceInput,
  registrationInput,
  registrationsQueryInput,
  trainingCreateInput,
  trainingPatchInput,
  trainingQueryInput,
} from './schemas';
import { registrationsCsv } from './trainingExport';

/**
 * /api/trainings: staff trainings and sign-ups (utbildningar och anmälningar). Validate, call
 * the use case, shape JSON. Seats are enforced in the store, never here.
 */
export function registerTrainingRoutes(server: Server, deps: RouteDeps, ctx: CommandContext, maxBodyBytes: number): void {
  /** A body that may be left out: no body is `{}`. */
  const optionalJson = async (req: Parameters<typeof readJson>[0]): Promise<Result<unknown>> => {
    const body = await readJson(req, maxBodyBytes);
    return !body.ok && body.problem.code === 'validation.body' ? ok({}) : body;
  };
  const viewOf = async (id: string, viewerId: string) => {
    const [training, registrations] = await Promise.all([ctx.store.trainings.get(id), ctx.store.trainings.registrations(id)]);
    return trainingView(training!, registrations, viewerId, ctx.now());
  };

  // Registered before /api/trainings/:id so that "stats" is never taken for an id.
  server.get(
    '/api/trainings/stats',
    route(deps, async ({ identity }) => {
      orFail(authorize(identity, 'training.organise'));
      return { json: orFail(await trainingStatistics(ctx, identity)) };
    }),
  );

  server.get(
    '/api/trainings',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'training.signUp'));
      const query = orFail(parseWith(trainingQueryInput, req.query));
      const from =
        query.from === undefined
          ? undefined
          : isIsoDate(query.from)
            ? DateTime.fromISO(query.from, { zone: ctx.timeZone }).startOf('day').toJSDate()
            : new Date(query.from);
      const items = orFail(await listTrainings(ctx, identity, { from, status: query.status, kind: query.kind, all: query.all }));
      return { json: { items, count: items.length } };
    }),
  );

  server.post(
    '/api/trainings',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'training.organise'));
      const input = orFail(parseWith(trainingCreateInput, orFail(await readJson(req, maxBodyBytes))));
      const training = orFail(await createTraining(ctx, input, identity));
      return {
        status: 201,
        json: trainingView(training, [], identity.id, ctx.now()),
        headers: { etag: etag(training.version), location: `/api/trainings/${training.id}` },
      };
    }),
  );

  server.get(
    '/api/trainings/:id',
    route(deps, async ({ req, identity }) => {
      const training = orFail(await getTraining(ctx, String(req.params.id), identity));
      return { json: training, headers: { etag: etag(training.version) } };
    }),
  );

  server.patch(
    '/api/trainings/:id',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'training.organise'));
      const version = orFail(ifMatchVersion(req));
      const patch = orFail(parseWith(trainingPatchInput, orFail(await readJson(req, maxBodyBytes))));
      const updated = orFail(await updateTraining(ctx, String(req.params.id), version, patch, identity));
      const training = await viewOf(updated.training.id, identity.id);
      return { json: { ...updated, training }, headers: { etag: etag(training.version) } };
    }),
  );

  server.get(
    '/api/trainings/:id/registrations',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'training.organise'));
      const { format } = orFail(parseWith(registrationsQueryInput, req.query));
      const { training, registrations } = orFail(await trainingRegistrations(ctx, String(req.params.id), identity));
      if (format === 'json') return { json: { training, items: registrations, count: registrations.length } };
      return {
        body: registrationsCsv(registrations, ctx.timeZone),
        contentType: 'text/csv; charset=utf-8',
        headers: { 'content-disposition': `attachment; filename="anmalningar-${training.id}.csv"` },
      };
    }),
  );

  server.post(
    '/api/trainings/:id/registrations',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'training.signUp'));
      const input = orFail(parseWith(registrationInput, orFail(await optionalJson(req))));
      const id = String(req.params.id);
      const contact = { email: input.email ?? null, department: input.department ?? null };
      let signedUp;
      if (input.userId === undefined || input.userId === identity.id) {
        signedUp = await signUpForTraining(ctx, id, identity, contact);
      } else {
        orFail(authorize(identity, 'training.organise'));
        if (!input.name) orFail(fail('invalid', 'validation.required', { field: 'name' }));
        const registrant: Registrant = { id: input.userId, name: input.name!, ...contact };
        signedUp = await registerParticipant(ctx, id, registrant, identity);
      }
      const result = orFail(signedUp);
      const training = await viewOf(id, identity.id);
      return { status: result.outcome === 'already' ? 200 : 201, json: { ...result, training } };
    }),
  );

  server.del(
    '/api/trainings/:id/registrations/:userId',
    route(deps, async ({ req, identity }) => {
      const result = orFail(await cancelRegistration(ctx, String(req.params.id), String(req.params.userId), identity));
      return { json: result };
    }),
  );

  server.patch(
    '/api/trainings/:id/registrations/:userId',
    route(deps, async ({ req, identity }) => {
      orFail(authorize(identity, 'training.organise'));
      const { attended } = orFail(parseWith(attendanceInput, orFail(await readJson(req, maxBodyBytes))));
      const registration = orFail(await markAttendance(ctx, String(req.params.id), String(req.params.userId), attended, identity));
      return { json: registration, headers: { etag: etag(registration.version) } };
    }),
  );
}
