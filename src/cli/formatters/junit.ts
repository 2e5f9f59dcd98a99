/** JUnit XML: one test suite per file, one failing test case per finding, one passing case for a clean file. */
import type { RunReport } from '../report';
import { printable } from '../printable';

export function formatJunit(report: RunReport): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const file of report.files) {
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    if (file.error) {
      suiteErrors++;
      cases.push(`    <testcase classname="${xml(file.path)}" name="read"><error message="${xml(file.error)}">${xml(file.error)}</error></testcase>`);
    }
    for (const f of file.result?.findings ?? []) {
      suiteFailures++;
      const where = `${file.path}:${f.range.start.line}:${f.range.start.column}`;
      cases.push(
        `    <testcase classname="${xml(file.path)}" name="${xml(`${f.ruleId} at ${f.range.start.line}:${f.range.start.column}`)}">` +
          `<failure type="${xml(f.ruleId)}" message="${xml(f.message)}">${xml(`${f.severity}: ${f.message}\n${where}\n${f.docsUrl}`)}</failure></testcase>`,
      );
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${xml(file.path)}" name="partnerlint"/>`);
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    // What the baseline and --new-since left out of this file, where JUnit keeps such facts.
    const facts = [
      ...(report.baseline !== undefined && file.result ? [['baselined', file.baselined ?? 0]] : []),
      ...(file.base
        ? [
            ['existingSinceBase', file.base.existing],
            ['fixedSinceBase', file.base.fixed.length],
          ]
        : []),
    ];
    const properties = facts.length
      ? `    <properties>${facts.map(([name, value]) => `<property name="${name}" value="${value}"/>`).join('')}</properties>\n`
      : '';
    suites.push(
      `  <testsuite name="${xml(file.path)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0">\n${properties}${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="partnerlint" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`
  );
}

/**
 * Escaped for XML text and attributes. Control characters become visible escapes (XML 1.0 cannot hold most of them);
 * line breaks stay, as character references; what XML cannot hold at all (lone surrogates) is dropped.
 */
export function xml(text: string): string {
  return printable(text.replace(/\r?\n/g, '\u{e000}'))
    .replace(/\u{e000}/gu, '\n')
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
