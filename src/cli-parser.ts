import yargs, { type Argv, type Options } from 'yargs';
import { usageError } from './errors.js';
import { AUDIT_OPTIONS, camelCase, COMMAND_OPTIONS, HISTORY_OPTIONS, OPTIONS, PRE_RECEIVE_OPTIONS, URL_OPTIONS, type Arguments, type OptionSpec } from './cli-options.js';
import { VERSION } from './version.js';

/** Help, validation and error messages for every command line quickParse leaves to yargs. */

export const EXAMPLES: Array<[string, string]> = [
  ['$0', 'Scan the current directory'],
  ['$0 src dist --format json', 'Scan two folders, print JSON'],
  ['$0 --format sarif --output caibo.sarif', 'Write SARIF for GitHub code scanning'],
  ['cat build.js | $0 - --stdin-filename dist/app.js', 'Scan standard input as if it were dist/app.js'],
  ['$0 history', 'Audit every commit on every ref'],
  ['$0 history --range origin/main..HEAD', 'Scan only what a branch adds'],
  ['$0 history --since 2024-01-31', 'Scan only what the commits since that date add'],
  ['$0 staged', 'Scan what is about to be committed (pre-commit hook)'],
  ['$0 baseline --output .caibo-scan-baseline.json', 'Accept current findings; report only new ones later'],
  ['$0 pre-receive', 'In hooks/pre-receive of a git server: reject pushes that add a key'],
  ['$0 audit repos.txt --shard 1/4 --format json -o shard-1.json', 'One of four CI jobs auditing a list of repositories'],
  ['$0 pack', 'Scan exactly what npm publish would ship (prepublishOnly)'],
  ['docker save shop:latest -o shop.tar && $0 image shop.tar', 'Scan every layer and the config of a container image'],
  ['$0 url https://shop.example.com', 'Scan a site as browsers get it: pages, scripts, chunks, source maps'],
];

const yargsOptions = (specs: Record<string, OptionSpec>): Record<string, Options> =>
  Object.fromEntries(
    Object.entries(specs).map(([name, { type, alias, array, choices, default: fallback, describe }]) => [
      name,
      { describe, ...(choices ? { choices } : { type }), ...(alias ? { alias } : {}), ...(array ? { array } : {}), ...(fallback === undefined ? {} : { default: fallback }) },
    ]),
  );

/**
 * Examples as two lines each, the command on its own: yargs' two-column table wraps a long command
 * into the description column, and a command broken in two cannot be copied.
 */
const examples = () =>
  `Examples:\n${EXAMPLES.map(([command, what]) => `  ${command.replaceAll('$0', 'caibo-scan')}\n      ${what}`).join('\n')}`;

function parser(argv: string[], cwd: string, width: number): Argv {
  return yargs(argv, cwd)
    .scriptName('caibo-scan')
    .usage('$0 [paths..]\n\nFind leaked Caibo API keys in files, git history and staged changes.')
    // A repeatable option takes one value per flag: file names pre-commit appends are not globs.
    .parserConfiguration({ 'greedy-arrays': false })
    .command('$0 [paths..]', 'Scan files and directories (`-` reads standard input)', (y) =>
      y.positional('paths', { type: 'string', array: true, describe: 'files or directories (default: .)' }),
    )
    .command('history [repo]', 'Scan every commit of a git repository', (y) =>
      y.positional('repo', { type: 'string', describe: 'repository path (default: .)' }).options(yargsOptions(HISTORY_OPTIONS)),
    )
    .command('staged [files..]', 'Scan the lines a commit is about to add (pre-commit); named files without staged changes are scanned whole', (y) =>
      y.positional('files', { type: 'string', array: true, describe: 'limit to these files (what pre-commit and lint-staged pass)' }),
    )
    .command('pack [target]', 'Scan exactly the files npm publish would ship from a package directory, or a tarball', (y) =>
      y.positional('target', { type: 'string', describe: 'package directory (default: .) or npm pack tarball' }),
    )
    .command('image [image]', 'Scan a container image without Docker: a docker save tarball or an OCI layout directory', (y) =>
      y.positional('image', { type: 'string', describe: 'docker save tarball or OCI layout directory' }),
    )
    .command('url [url]', 'Scan a deployed site as browsers get it: HTML, scripts, imported chunks, source maps, service worker, manifest', (y) =>
      y.positional('url', { type: 'string', describe: 'the start page (http or https)' }).options(yargsOptions(URL_OPTIONS)),
    )
    .command('baseline [paths..]', 'Write a baseline of current findings (use with --output)', (y) =>
      y.positional('paths', { type: 'string', array: true }),
    )
    .command('audit <list>', 'Audit many repositories (a file of paths or clone URLs, or a directory of clones): mirrored, resumable, shardable', (y) =>
      y.positional('list', { type: 'string', describe: 'file with one repository per line, or a directory of clones' }).options(yargsOptions(AUDIT_OPTIONS)),
    )
    .command('merge <reports..>', "Join shards' audit reports (JSON) into one", (y) =>
      y.positional('reports', { type: 'string', array: true, describe: 'JSON reports written by audit' }),
    )
    .command('pre-receive [repo]', "A git server's pre-receive hook: reject a push whose new commits add a key (reads git's ref updates on stdin)", (y) =>
      y.positional('repo', { type: 'string', describe: 'repository path (default: . , where git runs the hook)' }).options(yargsOptions(PRE_RECEIVE_OPTIONS)),
    )
    .options(yargsOptions(OPTIONS))
    .epilogue(`${examples()}\n\nExit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or runtime error.`)
    .strict()
    .help()
    .alias('h', 'help')
    .version(VERSION)
    .alias('v', 'version')
    .wrap(width)
    .exitProcess(false);
}

export interface Parsed {
  /** Help or version text yargs produced instead of arguments. */
  output: string;
  args?: Arguments;
  error?: Error;
}

/** `width`: the terminal's columns, 80 when not a terminal (help is wrapped to it, at word breaks). */
export async function parse(argv: string[], cwd: string, width = 80): Promise<Parsed> {
  let output = '';
  let failure: Error | undefined;
  const y = parser(argv, cwd, width).fail((message, error) => {
    failure = error ?? usageError(message);
  });
  const args = await new Promise<Arguments>((done) => {
    void y.parse(argv, {}, (error, parsed, text) => {
      output = text;
      if (error && !failure) failure = error;
      done(parsed as Arguments);
    });
  });
  return failure ? { output, error: failure } : { output, args: lastOfRepeated(args) };
}

/** A single-value flag given twice: the last one wins (`--format json --format sarif` is sarif), as quickParse reads it. */
function lastOfRepeated(args: Arguments): Arguments {
  for (const [name, spec] of Object.entries(Object.assign({}, OPTIONS, ...Object.values(COMMAND_OPTIONS)) as Record<string, OptionSpec>)) {
    if (spec.array) continue;
    for (const key of [name, camelCase(name), ...(spec.alias ? [spec.alias] : [])]) {
      const value = args[key];
      if (Array.isArray(value)) args[key] = value.at(-1);
    }
  }
  return args;
}
