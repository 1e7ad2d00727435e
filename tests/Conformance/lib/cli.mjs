// Runs the openeip CLI (src/OpenEip.Cli) as a process, the way a user runs it: its own HOME (so its own
// ~/.openeip/config.json), no OPENEIP_* variables from the test runner's environment unless a test passes them.
//
//   const user = await cliUser();                   // a fresh HOME
//   await user.configure(server, cred);            // `openeip configure ...` with flags, checked by the CLI itself
//   const r = await user.run(['eip', 'list', '-o', 'json']);
//   r.code, r.stdout, r.stderr, r.json()
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const CLI_DLL = process.env.OPENEIP_CLI_DLL || resolve(here, '../../../src/OpenEip.Cli/bin/Release/net10.0/OpenEip.Cli.dll');

/** Runs the CLI once; resolves with its exit code and output (never rejects on a non-zero exit). */
export function runCli(args, { home, env = {}, input, timeoutMs = 120_000 } = {}) {
  if (!existsSync(CLI_DLL)) throw new Error(`openeip not built: ${CLI_DLL} does not exist (dotnet build -c Release)`);
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('OPENEIP_')));
  return new Promise((resolveRun, reject) => {
    const child = spawn('dotnet', [CLI_DLL, ...args], {
      env: { ...clean, HOME: home, DOTNET_NOLOGO: '1', NO_COLOR: '1', ...env },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolveRun({
        code, signal, stdout, stderr,
        json() {
          try { return JSON.parse(stdout); } catch (e) { throw new Error(`openeip ${args.join(' ')}: stdout is not JSON (${e.message}):\n${stdout}\nstderr:\n${stderr}`); }
        },
      });
    });
    if (input !== undefined) child.stdin.end(input);
  });
}

/** The HOMEs made by cliUser, removed when the test process exits (each holds a profile with a secret). */
const homes = [];

/** A user of the CLI: a HOME of their own. */
export async function cliUser() {
  const home = await mkdtemp(join(tmpdir(), 'openeip-cli-home-'));
  if (homes.push(home) === 1)
    process.once('exit', () => homes.forEach((made) => rmSync(made, { recursive: true, force: true })));
  return {
    home,
    configPath: join(home, '.openeip', 'config.json'),
    run: (args, options = {}) => runCli(args, { home, ...options }),
    /** Runs and asserts exit 0; returns the result. */
    async ok(args, options = {}) {
      const r = await runCli(args, { home, ...options });
      assert.equal(r.code, 0, `openeip ${args.join(' ')} exited ${r.code}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`);
      return r;
    },
    /** Runs with -o json, asserts exit 0, returns the parsed output. */
    async json(args, options = {}) {
      const r = await this.ok([...args, '-o', 'json'], options);
      return r.json();
    },
    /** Saves a profile with flags (the CLI checks it with one signed call). */
    async configure(server, cred, { profile = 'default', region = 'cn-hangzhou', extra = [] } = {}) {
      return this.ok(['configure', '--profile', profile, '--endpoint', server.baseUrl,
        '--access-key-id', cred.accessKeyId, '--access-key-secret', cred.accessKeySecret, '--region', region, ...extra]);
    },
  };
}

/** Asserts an Alibaba error as the CLI prints it: exit 1, the Code, a RequestId, nothing on stdout, no stack trace. */
export function assertApiError(r, code) {
  assert.equal(r.code, 1, `expected exit 1 (API error), got ${r.code}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`);
  assert.match(r.stderr, new RegExp(`^ERROR: ${code.replaceAll('.', '\\.')} \\(HTTP \\d{3}\\)$`, 'm'));
  assert.match(r.stderr, /^Message: .+$/m);
  assert.match(r.stderr, /^RequestId: [0-9A-F-]{36}$/m);
  assert.equal(r.stdout, '');
  assertNoStackTrace(r);
}

export function assertNoStackTrace(r) {
  assert.doesNotMatch(r.stderr + r.stdout, /\n\s+at [\w.<>`]+\(|Unhandled exception|System\.\w+Exception/);
}
