import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { usageError } from '../errors.js';
import { escapeData, escapeProperty } from '../formatters/github.js';

/**
 * The few runner interfaces the Action needs, written the way @actions/core writes them
 * (toolkit packages/core: command.ts, file-command.ts) rather than bundling it: @actions/core 3 is
 * ESM-only and brings an HTTP client we never use.
 */

/** An input as the runner passes it: `INPUT_<NAME>`, upper-cased, spaces to `_`, hyphens kept. */
export function getInput(name: string, env: NodeJS.ProcessEnv): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
export function getBooleanInput(name: string, env: NodeJS.ProcessEnv, fallback: boolean): boolean {
  const value = getInput(name, env);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw usageError(`input ${name} must be true or false (got "${value}")`);
}

/** `name<<delimiter` blocks: safe for any value, multi-line included (GITHUB_OUTPUT file command). */
export function setOutputs(outputs: Record<string, string>, env: NodeJS.ProcessEnv): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  const blocks = Object.entries(outputs).map(([name, value]) => {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
  });
  appendFileSync(file, blocks.join(''), 'utf8');
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY); a no-op outside a runner. */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv): void {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown, 'utf8');
}

/** A workflow command line (`::warning::…`, `::notice file=F::…`), escaped like @actions/core does. */
export const command = (name: 'error' | 'warning' | 'notice', message: string, file?: string) =>
  `::${name}${file ? ` file=${escapeProperty(file)}` : ''}::${escapeData(message)}${EOL}`;
