import { hostname } from 'node:os';
import { printable } from '../printable.js';
import { SEVERITIES, type Finding } from '../types.js';
import { redacting, type Formatter } from './format.js';

// XML 1.0 cannot carry most control characters even escaped; printable() spells them out.
const xml = (text: string) =>
  printable(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const attributes = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${xml(String(value))}"`)
    .join('');

/**
 * JUnit XML (Ant's schema, as Jenkins, Azure DevOps, Bitbucket and GitLab read it): one testcase per
 * finding, a failure when it is at or above --fail-on, skipped when suppressed; a clean scan is one
 * passing testcase, since some CI servers treat a report with no tests as a broken step.
 */
export const formatJunit: Formatter = redacting((report, options) => {
  const threshold = report.failOn === 'none' ? Infinity : SEVERITIES.indexOf(report.failOn);
  const fails = (f: Finding) => !f.suppressed && SEVERITIES.indexOf(f.severity) >= threshold;
  const seconds = (report.stats.durationMs / 1000).toFixed(3);
  const cases = report.findings.map((f) => {
    const where = `${f.location.path}:${f.location.line}:${f.location.column}`;
    const key = options.reveal ? f.secret.reveal() : f.secret.redacted;
    const commit = f.commit ? ` (commit ${f.commit.sha.slice(0, 12)})` : '';
    const message = `${f.title}: ${key}${commit}`;
    const head = `    <testcase${attributes({ name: `${f.ruleId} ${where}${commit}`, classname: f.location.path, time: '0' })}>`;
    if (f.suppressed) return `${head}<skipped${attributes({ message: `suppressed: ${f.suppressed.by}` })}/></testcase>`;
    if (!fails(f)) return `${head.slice(0, -1)}/>`;
    return `${head}<failure${attributes({ message, type: `${f.ruleId} (${f.severity})` })}>${xml(`${message}\n${where} · ${f.severity} · ${f.context}`)}</failure></testcase>`;
  });
  if (cases.length === 0) cases.push(`    <testcase${attributes({ name: 'no Caibo keys found', classname: 'caibo-scan', time: seconds })}/>`);
  const failures = report.findings.filter(fails).length;
  const skipped = report.findings.filter((f) => f.suppressed).length;
  const suite = attributes({
    name: 'caibo-scan',
    package: 'caibo-scan',
    id: 0,
    timestamp: (options.now ?? new Date()).toISOString().slice(0, 19),
    hostname: hostname() || 'localhost',
    tests: cases.length,
    failures,
    errors: 0,
    skipped,
    time: seconds,
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<testsuites>',
    `  <testsuite${suite}>`,
    `    <properties><property${attributes({ name: 'caibo-scan.version', value: options.version })}/></properties>`,
    ...cases,
    '    <system-out/>',
    '    <system-err/>',
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
});
