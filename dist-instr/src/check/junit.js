const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JUnit XML (the Ant/Jenkins schema CI systems read): one testsuite per scenario, one testcase per expectation. */
export function junitXml(suites) {
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
    const tests = suites.reduce((n, s) => n + (s.error ? 1 : s.results.length), 0);
    const failures = suites.reduce((n, s) => n + s.results.filter((r) => !r.ok).length, 0);
    const errors = suites.filter((s) => s.error).length;
    lines.push(`<testsuites name="kubesim check" tests="${tests}" failures="${failures}" errors="${errors}">`);
    for (const s of suites) {
        const f = s.results.filter((r) => !r.ok).length;
        lines.push(`  <testsuite name="${esc(s.file)}" tests="${s.error ? 1 : s.results.length}" failures="${f}" ` +
            `errors="${s.error ? 1 : 0}" time="${(s.ms / 1000).toFixed(3)}">`);
        if (s.error)
            lines.push(`    <testcase classname="${esc(s.file)}" name="load"><error ` +
                `message="${esc(s.error.split('\n')[0])}">${esc(s.error)}</error></testcase>`);
        for (const r of s.results) {
            const name = `expect[${r.index}] ${r.text}`;
            if (r.ok)
                lines.push(`    <testcase classname="${esc(s.file)}" name="${esc(name)}"/>`);
            else
                lines.push(`    <testcase classname="${esc(s.file)}" name="${esc(name)}"><failure message="${esc(`expected ` +
                    `${r.expected}; saw ${r.seen}`)}">${esc(`expected: ${r.expected}\nseen:     ${r.seen}\nat:       ` +
                    `${r.at} ms`)}</failure></testcase>`);
        }
        lines.push('  </testsuite>');
    }
    lines.push('</testsuites>');
    return `${lines.join('\n')}\n`;
}
