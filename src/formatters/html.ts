import { createHash } from 'node:crypto';
import { printable } from '../printable.js';
import { forgeFor, type Forge } from '../report/forge.js';
import { countKeys, groupByKey, keyCountsLine, shortRef, whereKeyIs, type KeyEntry, type KeyLocation } from '../report/keys.js';
import type { CommitInfo, Report } from '../types.js';
import { redacting, type Formatter, type FormatOptions } from './format.js';
import { formatBytes, plural, summarise } from './summary.js';

/**
 * A report to hand on (issue 14): one self-contained HTML file that works offline and from a CI
 * artifact. No script, no external fetch; a Content-Security-Policy meta tag allows only the one
 * inline style sheet (by hash), so even a tag that slipped through escaping could not run or load.
 * Every value from the repository (paths, subjects, authors, refs) is escaped.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text and attribute values; control characters shown as escapes, as in text output. */
export const escapeHtml = (text: string) => printable(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const STYLE = `
:root{--bg:#f6f7f9;--card:#fff;--ink:#1d2330;--dim:#5b6473;--line:#dfe3ea;--crit:#b3141b;--high:#d9480f;--medium:#b08900;--low:#5b6473;--ok:#2b8a3e}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 12px}h3{font-size:16px;margin:0}
.headline{font-size:18px;font-weight:700;color:var(--crit);margin:8px 0}.clean{color:var(--ok)}
.muted{color:var(--dim)}code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:16px 0}
.stat{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px}.stat b{display:block;font-size:24px}
.card{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--low);border-radius:8px;padding:16px;margin:0 0 16px}
.card.critical{border-left-color:var(--crit)}.card.high{border-left-color:var(--high)}.card.medium{border-left-color:var(--medium)}
.badge{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;font-weight:700;color:#fff;background:var(--low);text-transform:uppercase}
.badge.critical{background:var(--crit)}.badge.high{background:var(--high)}.badge.medium{background:var(--medium)}.badge.live{background:#7048e8}.badge.test{background:#868e96}
.card header{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-bottom:8px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:8px 0}dt{color:var(--dim)}dd{margin:0;overflow-wrap:anywhere}
table{width:100%;border-collapse:collapse;margin:8px 0}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:anywhere}th{color:var(--dim);font-weight:600;white-space:nowrap}
ol{margin:8px 0;padding-left:22px}a{color:#1c5fd4}
.timeline{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px;overflow-x:auto}
.timeline text{font:12px system-ui,sans-serif;fill:var(--ink)}.timeline .axis{fill:var(--dim)}
`;
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');
/** No script, no fetch, no form, no base: only the inline style sheet above. */
export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'none'; base-uri 'none'; form-action 'none'`;

const day = (commit: CommitInfo) => commit.date.slice(0, 10);
const commitText = (commit: CommitInfo) => `${commit.sha.slice(0, 12)} · ${day(commit)} · ${commit.author} <${commit.email}> · ${commit.subject}`;

function link(url: string | undefined, text: string): string {
  return url ? `<a href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function commitCell(commit: CommitInfo | undefined, forge: Forge | undefined): string {
  if (!commit) return '<span class="muted">working tree</span>';
  return `${link(forge?.commitUrl(commit.sha), commit.sha.slice(0, 12))} <span class="muted">${escapeHtml(`${day(commit)} ${commit.author}: ${commit.subject}`)}</span>`;
}

function locationRow(location: KeyLocation, forge: Forge | undefined): string {
  const file = `${location.path}:${location.line}:${location.column}`;
  const fileUrl = location.commit ? forge?.fileUrl(location.commit.sha, location.path, location.line) : undefined;
  return `<tr><td class="mono">${link(fileUrl, file)}</td><td>${commitCell(location.commit, forge)}</td><td>${escapeHtml(location.context)}</td><td>${escapeHtml(location.severity)}</td></tr>`;
}

function keyCard(entry: KeyEntry, report: Report, options: FormatOptions, forge: Forge | undefined): string {
  const key = options.reveal ? entry.secret.reveal() : entry.secret.redacted;
  const rule = report.rules.find((r) => r.id === entry.ruleId);
  const where = whereKeyIs(entry);
  const facts: Array<[string, string]> = [
    ['key', `<code>${escapeHtml(key)}</code>`],
    ['worst place', `${escapeHtml(rule?.title ?? entry.ruleId)} <span class="muted">(${escapeHtml(entry.context)})</span>`],
  ];
  if (where) facts.push(['where now', escapeHtml(where)]);
  if (entry.verification) facts.push(['verified', `<b>${entry.verification.outcome}</b> <span class="muted">${escapeHtml(entry.verification.reason)}</span>`]);
  if (entry.firstSeen) facts.push(['first seen', escapeHtml(commitText(entry.firstSeen))]);
  if (entry.lastSeen) facts.push(['last seen', escapeHtml(commitText(entry.lastSeen))]);
  if (entry.removed) facts.push(['left history', escapeHtml(`removed by ${commitText(entry.removed)}`)]);
  if (entry.refs) {
    facts.push(['refs', entry.refs.length ? entry.refs.map((r) => `<code>${escapeHtml(shortRef(r))}</code>`).join(', ') : '<span class="muted">none</span>']);
    facts.push(['reached a tag', entry.reachedTag ? `yes: ${entry.tags!.map((t) => `<code>${escapeHtml(shortRef(t))}</code>`).join(', ')}` : 'no']);
  }
  return `<article class="card ${entry.severity}" id="key-${entry.id}" data-key-id="${entry.id}">
<header><span class="badge ${entry.severity}">${entry.severity}</span><span class="badge ${entry.keyType}">${entry.keyType}</span><h3>Key <code>${entry.id}</code></h3><span class="muted">${plural(entry.locations.length, 'location')}</span></header>
<dl>${facts.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>
<table><thead><tr><th>file</th><th>commit</th><th>context</th><th>severity</th></tr></thead><tbody>
${entry.locations.map((l) => locationRow(l, forge)).join('\n')}
</tbody></table>
${rule ? `<h4>What to do</h4><ol>${rule.help.map((step) => `<li>${escapeHtml(step)}</li>`).join('')}</ol>` : ''}
</article>`;
}

const TIMELINE = { left: 150, width: 860, row: 26, top: 28 };

/** When a key left the history (removed), else the last commit seen holding it. */
const barEnd = (k: KeyEntry) => k.removed ?? k.lastSeen!;
const DAY_MS = 86_400_000;

/** One bar per key from the commit that brought it to the one that removed it; an arrow when a ref tip still holds it. */
function timeline(keys: readonly KeyEntry[]): string {
  const dated = keys.filter((k) => k.firstSeen && k.lastSeen);
  if (dated.length === 0) return '<p class="muted">No commit dates: this was not a history scan.</p>';
  const times = dated.flatMap((k) => [Date.parse(k.firstSeen!.date), Date.parse(barEnd(k).date)]);
  const [earliest, latest] = [Math.min(...times), Math.max(...times)];
  // At least a day either side, so keys of one day still show as bars.
  const [start, end] = latest - earliest < DAY_MS ? [earliest - DAY_MS, latest + DAY_MS] : [earliest, latest];
  const span = Math.max(end - start, 1);
  const x = (time: number) => TIMELINE.left + ((time - start) / span) * (TIMELINE.width - TIMELINE.left - 20);
  const height = TIMELINE.top + dated.length * TIMELINE.row + 10;
  const colour = { critical: '#b3141b', high: '#d9480f', medium: '#b08900', low: '#5b6473' };
  const rows = dated.map((k, i) => {
    const y = TIMELINE.top + i * TIMELINE.row;
    const [from, to] = [x(Date.parse(k.firstSeen!.date)), x(Date.parse(barEnd(k).date))];
    const stillThere = (k.tipRefs?.length ?? 0) > 0;
    const label = `${k.keyType} ${k.id.slice(0, 8)}`;
    const title = `${k.id}: entered ${day(k.firstSeen!)}, ${k.removed ? `removed ${day(k.removed)}` : `last seen ${day(k.lastSeen!)}`}${stillThere ? ', still in a ref tip' : ''}`;
    return `<g data-key-id="${k.id}"><title>${escapeHtml(title)}</title><text x="0" y="${y + 13}">${escapeHtml(label)}</text>
<rect x="${from.toFixed(1)}" y="${y + 3}" width="${Math.max(to - from, 4).toFixed(1)}" height="14" rx="3" fill="${colour[k.severity]}"/>${
      stillThere ? `<path d="M${(to + 6).toFixed(1)} ${y + 3} l8 7 l-8 7 z" fill="${colour[k.severity]}"/>` : ''
    }</g>`;
  });
  return `<div class="timeline"><svg xmlns="http://www.w3.org/2000/svg" width="${TIMELINE.width}" height="${height}" role="img" aria-label="When each key entered and left the history">
<text class="axis" x="${TIMELINE.left}" y="14">${escapeHtml(new Date(start).toISOString().slice(0, 10))}</text>
<text class="axis" x="${TIMELINE.width - 20}" y="14" text-anchor="end">${escapeHtml(new Date(end).toISOString().slice(0, 10))}</text>
${rows.join('\n')}</svg><p class="muted">A bar runs from the commit that first wrote the key to the commit that last removed it (or the last commit seen holding it); an arrow: a ref tip still holds it.</p></div>`;
}

const PURGE_STEPS = [
  'Rotate every live key first (Control Panel → Profile Settings → the key icon next to the API key → regenerate). The old key stops working at once: put the new key in every server’s secret store before you regenerate.',
  'Then purge the keys from history: caibo-scan history --purge-plan FILE writes the git filter-repo replacement file and the exact commands (mirror backup, filter-repo, force-push every affected branch and tag).',
  'Ask the forge to drop cached views of the old commits (GitHub/GitLab support), and have every collaborator re-clone.',
  'Run caibo-scan history again: it must report none of the key ids above.',
];

/** The HTML report: summary, timeline, one card per key, remediation. Pure: the same report gives the same bytes. */
export const formatHtml: Formatter = redacting((report, options) => {
  const keys = groupByKey(report);
  const counts = countKeys(keys);
  const summary = summarise(report);
  const forge = forgeFor(report.remote);
  const { stats } = report;
  const headline = keyCountsLine(counts);
  const scanned =
    stats.commits !== undefined
      ? `${plural(stats.commits, 'commit')} on ${plural(stats.refs ?? 0, 'ref')}, ${plural(stats.uniqueBlobs ?? 0, 'blob')}, ${formatBytes(stats.bytesScanned)}`
      : `${plural(stats.filesScanned, 'file')}, ${formatBytes(stats.bytesScanned)}`;
  const tiles: Array<[string, number]> = [
    ['distinct live keys', counts.live],
    ['distinct test keys', counts.test],
    ['findings', summary.findings],
    ['still in a ref tip', keys.filter((k) => k.tipRefs?.length).length],
    ['reached a tag', keys.filter((k) => k.reachedTag).length],
    ['suppressed', summary.suppressed],
    ...(report.verification ? ([['verified active', keys.filter((k) => k.verification?.outcome === 'active').length]] as Array<[string, number]>) : []),
  ];
  const warnings = report.warnings.length
    ? `<h2>Warnings</h2><ul>${report.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>caibo-scan report</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>caibo-scan ${escapeHtml(report.mode)} report</h1>
<p class="muted">${escapeHtml(`${scanned} scanned · caibo-scan ${options.version}`)}</p>
${headline ? `<p class="headline" id="headline">✖ ${escapeHtml(headline)}</p>` : '<p class="headline clean" id="headline">✔ no Caibo keys found</p>'}
<section id="summary"><div class="stats">${tiles.map(([label, n]) => `<div class="stat"><b>${n}</b>${label}</div>`).join('')}</div></section>
${warnings}
${keys.length ? `<h2>Timeline</h2><section id="timeline">${timeline(keys)}</section>` : ''}
${keys.length ? `<h2>Keys, most urgent first</h2><section id="keys">\n${keys.map((k) => keyCard(k, report, options, forge)).join('\n')}\n</section>` : ''}
${keys.length ? `<h2>Closing the incident</h2><section id="remediation"><ol>${PURGE_STEPS.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol></section>` : ''}
</main>
</body>
</html>
`;
});
