#!/usr/bin/env node
// Renders the README table of the real-bundler matrix from the results test/real-builds.test.ts
// writes (node_modules/.cache/real-builds.json).
//
//   node scripts/real-builds-table.mjs            prints the table
//   node scripts/real-builds-table.mjs --write    replaces the table between the README's markers
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RESULTS = fileURLToPath(new URL('../node_modules/.cache/real-builds.json', import.meta.url));
const README = fileURLToPath(new URL('../README.md', import.meta.url));
const START = '<!-- real-builds:start (scripts/real-builds-table.mjs --write) -->';
const END = '<!-- real-builds:end -->';
const WAYS = ['output dir alone', 'app dir', 'git repository'];

/** `found/right of N`: all reported and all with the right context shows as a plain ✓. */
function cell(way, occurrences) {
  if (!way) return 'not run';
  if (way.found === occurrences && way.right === occurrences) return `✓ ${occurrences}/${occurrences}`;
  return `found ${way.found}/${occurrences}, right ${way.right}/${occurrences}`;
}

const yesNo = (same) => (same ? 'yes' : '**no**');

export function renderTable({ date, cells }) {
  const rows = [
    `| app | version | files with a key | occurrences | ${WAYS.join(' | ')} | same verdict all ways | same fingerprint all ways |`,
    `| --- | --- | ---: | ---: | ${WAYS.map(() => '---').join(' | ')} | --- | --- |`,
  ];
  for (const result of cells) {
    const version = `${result.framework} ${result.version ?? '?'}${result.node === 22 ? ' (Node 22)' : ''}`;
    if (result.error) {
      rows.push(`| ${result.id} | ${version} | | | build failed: ${result.error} | | | | |`);
      continue;
    }
    const ways = WAYS.map((way) => cell(result.ways[way], result.occurrences));
    rows.push(`| ${result.id} | ${version} | ${result.files} | ${result.occurrences} | ${ways.join(' | ')} | ${yesNo(result.sameVerdict)} | ${yesNo(result.sameFingerprint)} |`);
  }
  return `${rows.join('\n')}\n\nMeasured ${date.slice(0, 10)} by \`test/real-builds.test.ts\`.`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = renderTable(JSON.parse(readFileSync(RESULTS, 'utf8')));
  if (process.argv.includes('--write')) {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    if (start === -1 || end < start) {
      console.error(`README.md has no ${START} … ${END} block`);
      process.exit(2);
    }
    writeFileSync(README, `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`);
  } else console.log(table);
}
