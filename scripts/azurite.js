// @ts-check
/**
 * Azurite's Table service (the npm package, table service only) on 127.0.0.1, for the tests and
 * the benchmark of the Azure Table backend: started on a free port with its data in memory,
 * stopped with the returned function. Never reaches beyond loopback (telemetry off).
 */
const { spawn } = require('node:child_process');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ACCOUNT = 'devstoreaccount1';
/** Azurite's well-known development key (public, in Microsoft's documentation; not a secret). */
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<{ connectionString: string, port: number, stop: () => Promise<void> }>}
 */
async function startAzurite(options = {}) {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const main = path.join(path.dirname(require.resolve('azurite/package.json')), 'dist', 'src', 'table', 'main.js');
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [main, '--tableHost', '127.0.0.1', '--tablePort', String(port), '--inMemoryPersistence', '--silent', '--disableTelemetry'],
    // In memory: nothing is written to disk (Azurite refuses --location with it).
    { stdio: ['ignore', 'pipe', 'pipe'], cwd: os.tmpdir() },
  );
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`Azurite did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const check = () => {
      if (/successfully started/.test(output)) {
        clearTimeout(timer);
        resolve(undefined);
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited (${code}) before it started:\n${output}`));
    });
  });
  const connectionString = `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};TableEndpoint=http://127.0.0.1:${port}/${ACCOUNT};`;
  return { connectionString, port, stop };
}

module.exports = { startAzurite };
