// Starts the data-plane agent (src/OpenEip.Agent) as a child process following a test server, with the
// server's operator key. Returns { log(), stop() }.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const AGENT_DLL = process.env.OPENEIP_AGENT_DLL || resolve(here, '../../../src/OpenEip.Agent/bin/Release/net10.0/OpenEip.Agent.dll');

export function startAgent(server, { driver = 'none', regions = [], env = {} } = {}) {
  if (!existsSync(AGENT_DLL)) throw new Error(`OpenEip.Agent not built: ${AGENT_DLL}`);
  const args = [
    AGENT_DLL,
    `--OpenEipAgent:ServerUrl=${server.baseUrl}`,
    `--OpenEipAgent:AccessKeyId=${server.operator.accessKeyId}`,
    `--OpenEipAgent:AccessKeySecret=${server.operator.accessKeySecret}`,
    `--OpenEipAgent:Driver=${driver}`,
    ...regions.map((r, i) => `--OpenEipAgent:Regions:${i}=${r}`),
  ];
  const child = spawn('dotnet', args, { env: { ...process.env, DOTNET_NOLOGO: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const exited = new Promise((res) => child.once('exit', res));
  return {
    child,
    log: () => output,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
