import { dirname, join } from 'node:path';
import { readBaseline } from './baseline.js';
import { CONFIG_FILE, EMPTY_CONFIG, FAIL_ON, findConfig, loadConfig, type Config } from './config.js';
import { keyRedactor } from './output-guard.js';
import { commitFiles, DISK, repoPath, type PolicyFiles } from './policy-files.js';
import { loadRuleset, type Ruleset } from './ruleset/load.js';
import { filesAtCommit } from './sources/cat-file.js';
import type { Repo } from './sources/git.js';
import type { CommitRange } from './sources/history.js';

/** A resolved range and the repository's top directory, which policy paths are relative to. */
export interface PolicyRange extends CommitRange {
  base: string;
  top: string;
}
import type { PolicyChange, PolicyReview, PolicySource } from './types.js';

/** Where the policy files are: absolute paths, as the user named them or as found from `root`. */
export interface PolicyRequest {
  /** A config file; false for none; undefined to use the nearest `.caibo-scan.json` from `root`. */
  config?: string | false;
  root: string;
  baseline?: string;
  rules: string[];
}

/** What a scan judges by: the config, the rules and the accepted fingerprints. */
export interface Policy {
  config: Config;
  ruleset: Ruleset;
  baseline: ReadonlySet<string>;
  /** Range scans: whose policy this is and what the range changes in it. */
  review?: PolicyReview;
}

function loadPolicy(request: PolicyRequest, configFile: string | undefined, files: PolicyFiles): Policy {
  const config = configFile ? loadConfig(configFile, files) : EMPTY_CONFIG;
  return {
    config,
    ruleset: loadRuleset([...config.rules, ...request.rules], files),
    baseline: request.baseline ? readBaseline(request.baseline, files) : new Set(),
  };
}

/** Every scan but a range's: the files on disk, as the user has them. */
export function policyFromDisk(request: PolicyRequest): Policy {
  return loadPolicy(request, request.config === false ? undefined : (request.config ?? findConfig(request.root)), DISK);
}

/** `.caibo-scan.json` in `root` and each directory above it up to `top`, nearest first (as findConfig looks). */
function configCandidates(root: string, top: string): string[] {
  const candidates: string[] = [];
  for (let dir = root; repoPath(top, dir) !== undefined; dir = dirname(dir)) {
    candidates.push(join(dir, CONFIG_FILE));
    if (dirname(dir) === dir) break;
  }
  return candidates;
}

type Snapshot = ReadonlyMap<string, Buffer>;

/**
 * Range scans (issue 18): the policy as the base revision has it, never as the range under review
 * writes it, plus a review of what the range changes. `from: 'head'` applies the files on disk
 * instead (the behaviour before issue 18), still with the review. Policy files outside the
 * repository are not the range's to change and are read from disk either way.
 */
export async function policyForRange(request: PolicyRequest, repo: Repo, range: PolicyRange, from: PolicySource): Promise<Policy> {
  const { top } = range;
  const inRepo = (path: string) => repoPath(top, path);
  const read = async (paths: string[]): Promise<[Snapshot, Snapshot]> => {
    const wanted = paths.map(inRepo).filter((path): path is string => path !== undefined);
    return Promise.all([filesAtCommit({ ...repo, dir: top }, range.base, wanted), filesAtCommit({ ...repo, dir: top }, range.head, wanted)]);
  };
  const has = (snapshot: Snapshot, path: string) => {
    const rel = inRepo(path);
    return rel === undefined || snapshot.has(rel);
  };

  const candidates = request.config === false ? [] : request.config ? [request.config] : configCandidates(request.root, top);
  const [base, head] = await read([...candidates, ...(request.baseline ? [request.baseline] : []), ...request.rules]);
  const baseConfig = candidates.find((file) => has(base, file));
  const headConfig = candidates.find((file) => has(head, file));
  // A baseline or rule directory the base lacks is one the range adds: the base judges without it.
  const baseRequest: PolicyRequest = {
    ...request,
    ...(request.baseline && !has(base, request.baseline) ? { baseline: undefined } : {}),
    rules: request.rules.filter((dir) => has(base, dir) || [...base.keys()].some((path) => path.startsWith(`${inRepo(dir)}/`))),
  };
  const ruleDirs = [...(baseConfig ? loadConfig(baseConfig, commitFiles(top, base)).rules : []), ...baseRequest.rules];
  const [baseRules, headRules] = await read(ruleDirs);
  const baseFiles = new Map([...base, ...baseRules]);
  const headFiles = new Map([...head, ...headRules]);

  const review: PolicyReview = {
    from,
    revision: range.base,
    changes: [
      ...configChanges(top, baseConfig, headConfig, baseFiles, headFiles),
      ...(request.baseline ? baselineChanges(top, request.baseline, baseFiles, headFiles) : []),
      ...ruleFileChanges(ruleDirs.map(inRepo).filter((dir): dir is string => dir !== undefined), baseRules, headRules),
      ...request.rules
        .filter((dir) => !baseRequest.rules.includes(dir))
        .map((dir): PolicyChange => ({ file: inRepo(dir)!, kind: 'rules', detail: `rules ${inRepo(dir)} added`, weakens: true })),
    ],
  };
  const policy = from === 'head' ? policyFromDisk(request) : loadPolicy(baseRequest, baseConfig, commitFiles(top, baseFiles));
  // Details quote the range's own text (an allow pattern, a load error): a key pasted there stays redacted.
  const redact = keyRedactor(policy.ruleset.patterns);
  for (const change of review.changes) change.detail = redact(change.detail);
  return { ...policy, review };
}

const text = (files: Snapshot, path: string | undefined) => (path === undefined ? undefined : files.get(path)?.toString('utf8'));

/** Loads a policy file as the head has it; a head that breaks it is itself a change worth a line. */
function atHead<T>(load: () => T): T | { error: string } {
  try {
    return load();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function configChanges(top: string, baseFile: string | undefined, headFile: string | undefined, base: Snapshot, head: Snapshot): PolicyChange[] {
  const [baseRel, headRel] = [baseFile && repoPath(top, baseFile), headFile && repoPath(top, headFile)];
  if (baseRel === undefined && headRel === undefined) return [];
  if (baseFile === headFile && text(base, baseRel) === text(head, headRel)) return [];
  const file = headRel ?? baseRel!;
  const change = (detail: string, weakens: boolean): PolicyChange => ({ file, kind: 'config', detail, weakens });
  const loaded = atHead(() => headFile && loadConfig(headFile, commitFiles(top, head)));
  if (loaded && 'error' in loaded) return [change(`does not load at the head (${loaded.error})`, true)];
  const before = JSON.parse(text(base, baseRel) ?? '{}') as Record<string, unknown>;
  const after = JSON.parse(text(head, headRel) ?? '{}') as Record<string, unknown>;
  const changes: PolicyChange[] = [];
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [was, is] = [before[field], after[field]];
    if (field === '$schema' || JSON.stringify(was) === JSON.stringify(is)) continue;
    if (field === 'failOn') {
      const [from, to] = [(was ?? 'high') as string, (is ?? 'high') as string];
      changes.push(change(`failOn ${from} → ${to}`, FAIL_ON.indexOf(to as never) > FAIL_ON.indexOf(from as never)));
    } else if (Array.isArray(was ?? []) && Array.isArray(is ?? [])) {
      const [old, now] = [(was ?? []) as unknown[], (is ?? []) as unknown[]];
      for (const item of now.filter((x) => !old.includes(x))) changes.push(change(`${field} adds ${JSON.stringify(item)}`, true));
      for (const item of old.filter((x) => !now.includes(x))) changes.push(change(`${field} drops ${JSON.stringify(item)}`, field === 'rules'));
    } else {
      // includeLocalEnv and newSuppressions: the stricter value is true and "fail".
      const strict = field === 'includeLocalEnv' ? true : field === 'newSuppressions' ? 'fail' : undefined;
      changes.push(change(`${field} ${show(was ?? 'unset')} → ${show(is ?? 'unset')}`, strict === undefined || is !== strict));
    }
  }
  return changes;
}

function baselineChanges(top: string, file: string, base: Snapshot, head: Snapshot): PolicyChange[] {
  const rel = repoPath(top, file);
  if (rel === undefined || text(base, rel) === text(head, rel)) return [];
  const change = (detail: string, weakens: boolean): PolicyChange => ({ file: rel, kind: 'baseline', detail, weakens });
  const after = atHead(() => readBaseline(file, commitFiles(top, head)));
  if ('error' in after) return [change(`does not load at the head (${after.error})`, true)];
  const before = base.has(rel) ? readBaseline(file, commitFiles(top, base)) : new Set<string>();
  const added = [...after].filter((f) => !before.has(f)).length;
  const dropped = [...before].filter((f) => !after.has(f)).length;
  return [
    ...(added ? [change(`baseline accepts ${added} more finding${added === 1 ? '' : 's'}`, true)] : []),
    ...(dropped ? [change(`baseline drops ${dropped} finding${dropped === 1 ? '' : 's'}`, false)] : []),
  ];
}

function ruleFileChanges(dirs: string[], base: Snapshot, head: Snapshot): PolicyChange[] {
  const inDirs = (path: string) => dirs.some((dir) => path === dir || path.startsWith(`${dir}/`));
  const paths = [...new Set([...base.keys(), ...head.keys()])].filter(inDirs).sort();
  return paths.flatMap((file): PolicyChange[] => {
    const [was, is] = [base.get(file), head.get(file)];
    if (was && is && was.equals(is)) return [];
    const what = !was ? 'added' : !is ? 'removed' : 'changed';
    return [{ file, kind: 'rules', detail: `rule file ${file} ${what}`, weakens: true }];
  });
}
