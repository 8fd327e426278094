import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareHtml } from '../output/report/compareHtml.js';
import { reportHtml } from '../output/report/html.js';
import { buildReportData } from '../output/report/reportData.js';
import { CliError } from './io.js';
import { setAutoFreeze } from '../reducers/immer.js';
const require = createRequire(import.meta.url);
/** The package root: dist/src/cli/ -> ../../.. (the assets folder ships beside dist). */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** uPlot's minified IIFE build and stylesheet (from node_modules) and the report's client script. */
export function reportAssets() {
    const uplot = dirname(require.resolve('uplot/package.json'));
    return {
        uplotJs: readFileSync(join(uplot, 'dist', 'uPlot.iife.min.js'), 'utf8'),
        uplotCss: readFileSync(join(uplot, 'dist', 'uPlot.min.css'), 'utf8'),
        clientJs: readFileSync(join(ROOT, 'assets', 'report', 'client.js'), 'utf8'),
    };
}
/**
 * Builds the report of a log's facts (with `sections` of HTML after its header) and writes it; returns its size in
 * bytes.
 */
export function writeReport(file, facts, meta, opts = {}, sections = '') {
    // The replay inside makes states no one else holds: immer's deep freeze would only cost time.
    setAutoFreeze(false);
    let html;
    try {
        html = reportHtml(buildReportData(facts, meta, opts), reportAssets(), sections);
    }
    finally {
        setAutoFreeze(true);
    }
    try {
        writeFileSync(file, html);
    }
    catch {
        throw new CliError(`--report: cannot write ${file}`);
    }
    return Buffer.byteLength(html);
}
/** Writes `bench --compare --report`'s charts; returns the size in bytes. */
export function writeCompareReport(file, data) {
    const a = reportAssets();
    const html = compareHtml(data, { uplotJs: a.uplotJs, uplotCss: a.uplotCss,
        compareJs: readFileSync(join(ROOT, 'assets', 'report', 'compare.js'), 'utf8') });
    try {
        writeFileSync(file, html);
    }
    catch {
        throw new CliError(`--report: cannot write ${file}`);
    }
    return Buffer.byteLength(html);
}
