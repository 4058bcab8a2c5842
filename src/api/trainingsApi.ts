import type { Server } from 'restify';
import { Result, ok } from '../domain/problem';
import { UseCases } from '../commands';
import { Answer, RouteDeps, route, serve, orFail } from './route';
import { API } from './contract';
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
export function registerTrainingRoutes(server: Server, deps: RouteDeps, uc: UseCases, maxBodyBytes: number): void {
  /** A body that may be left out: no body is `{}`. */
  const optionalJson = async (req: Parameters<typeof readJson>[0]): Promise<Result<unknown>> => {
    const body = await readJson(req, maxBodyBytes);
    return !body.ok && body.problem.code === 'validation.body' ? ok({}) : body;
  };

  // Registered before /api/trainings/:id so that "stats" is never taken for an id.
  serve(server, API.trainings.statistics, deps, async ({ identity }) => {
    return { json: orFail(await uc.trainings.statistics(identity)) };
  });

  serve(server, API.trainings.list, deps, async ({ req, identity }) => {
    const query = orFail(parseWith(trainingQueryInput, req.query));
    const items = orFail(await uc.trainings.list(identity, { from: query.from, status: query.status, kind: query.kind, all: query.all }));
    return { json: { items, count: items.length } };
  });

  serve(server, API.trainings.create, deps, async ({ req, identity }) => {
    const input = orFail(parseWith(trainingCreateInput, orFail(await readJson(req, maxBodyBytes))));
    const training = orFail(await uc.trainings.create(input, identity));
    return {
      status: 201,
      json: orFail(await uc.trainings.get(training.id, identity)),
      headers: { etag: etag(training.version), location: `/api/trainings/${training.id}` },
    };
  });

  serve(server, API.trainings.get, deps, async ({ req, identity }) => {
    const training = orFail(await uc.trainings.get(String(req.params.id), identity));
    return { json: training, headers: { etag: etag(training.version) } };
  });

  serve(server, API.trainings.update, deps, async ({ req, identity }) => {
    const version = orFail(ifMatchVersion(req));
    const patch = orFail(parseWith(trainingPatchInput, orFail(await readJson(req, maxBodyBytes))));
    const updated = orFail(await uc.trainings.update(String(req.params.id), version, patch, identity));
    const training = orFail(await uc.trainings.get(updated.training.id, identity));
    return { json: { ...updated, training }, headers: { etag: etag(training.version) } };
  });

  // One path, two answers by ?format=: the list (JSON) or the CSV file.
  server.get(
    API.trainings.registrations.path,
    route(deps, async ({ req, identity }): Promise<Answer<typeof API.trainings.registrations> | Answer<typeof API.trainings.registrationsCsv>> => {
      const { format } = orFail(parseWith(registrationsQueryInput, req.query));
      const { training, registrations } = orFail(await uc.trainings.registrations(String(req.params.id), identity));
      if (format === 'json') return { json: { training, items: registrations, count: registrations.length } };
      return {
        body: registrationsCsv(registrations, uc.clock.timeZone),
        contentType: 'text/csv; charset=utf-8',
        headers: { 'content-disposition': `attachment; filename="anmalningar-${training.id}.csv"` },
      };
    }),
  );

  serve(server, API.trainings.register, deps, async ({ req, identity }) => {
    const input = orFail(parseWith(registrationInput, orFail(await optionalJson(req))));
    const id = String(req.params.id);
    const registrant = { id: input.userId ?? identity.id, name: input.name ?? '', email: input.email ?? null, department: input.department ?? null };
    const result = orFail(await uc.trainings.register(id, registrant, identity));
    const training = orFail(await uc.trainings.get(id, identity));
    return { status: result.outcome === 'already' ? 200 : 201, json: { ...result, training } };
  });

  serve(server, API.trainings.cancel, deps, async ({ req, identity }) => {
    const result = orFail(await uc.trainings.cancel(String(req.params.id), String(req.params.userId), identity));
    return { json: result };
  });

  serve(server, API.trainings.markAttendance, deps, async ({ req, identity }) => {
    const { attended } = orFail(parseWith(attendanceInput, orFail(await readJson(req, maxBodyBytes))));
    const registration = orFail(await uc.trainings.markAttendance(String(req.params.id), String(req.params.userId), attended, identity));
    return { json: registration, headers: { etag: etag(registration.version) } };
  });
}
