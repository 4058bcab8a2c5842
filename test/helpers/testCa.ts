import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A certificate authority for tests, made with the openssl command line (a Debian package on
 * every machine that runs these tests) in a temporary folder: the CA's certificate (`caPath`,
 * what the app's process gets as NODE_EXTRA_CA_CERTS) and one server certificate it signed for
 * 127.0.0.1 and localhost, which the fake Entra ID and fake Microsoft Graph serve. Made once
 * per test process; valid for two days; nothing of it is committed.
 */
export interface TestCa {
  /** The CA certificate's file (PEM). */
  caPath: string;
  /** The CA certificate (PEM): for clients in the test process itself (https.request({ ca })). */
  ca: string;
  /** The server certificate and its key (PEM) for https.createServer. */
  cert: string;
  key: string;
}

let made: TestCa | undefined;

export function testCa(): TestCa {
  if (made) return made;
  const dir = mkdtempSync(path.join(tmpdir(), 'fs-test-ca-'));
  const file = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  openssl('req', '-x509', ...ec, '-keyout', file('ca.key'), '-out', file('ca.pem'), '-days', '2', '-subj', '/CN=Forvaltningsstod test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  openssl('req', ...ec, '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', '/CN=127.0.0.1');
  writeFileSync(file('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
  openssl('x509', '-req', '-in', file('server.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key'), '-CAcreateserial',
    '-out', file('server.pem'), '-days', '2', '-extfile', file('server.ext'));
  made = {
    caPath: file('ca.pem'),
    ca: readFileSync(file('ca.pem'), 'utf8'),
    cert: readFileSync(file('server.pem'), 'utf8'),
    key: readFileSync(file('server.key'), 'utf8'),
  };
  return made;
}
