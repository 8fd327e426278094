import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDist, CLI, ROOT } from '../../test-support/cli.js';

/** Debian's Chromium (.ci/run installs it with apt-get), never a downloaded browser. */
const CHROMIUM = '/usr/bin/chromium';
/** Screenshots are kept here as test artefacts (gitignored). */
const ARTEFACTS = join(ROOT, 'test-output');

const kubesim = (...args: string[]): string => execFileSync('node', [CLI, ...args], { encoding: 'utf8', cwd: ROOT });

describe.skipIf(!existsSync(CHROMIUM))('the HTML report in Chromium (node-failure example)', () => {
  let browser: Browser, dir: string, log: string, html: string;
  const errors: string[] = [];
  const requests: string[] = [];
  beforeAll(async () => {
    buildDist();
    dir = mkdtempSync(join(tmpdir(), 'kubesim-report-'));
    log = join(dir, 'run.jsonl'); html = join(dir, 'report.html');
    kubesim('run', 'examples/node-failure/scenario.yaml', '-q', '--log', log);
    kubesim('report', log, '-o', html);
    browser = await chromium.launch({ executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  }, 240_000);
  afterAll(async () => { await browser?.close(); });

  test('opens with no network and no console error, one timeline row per node, the evicted pod\'s bar ends at its ' +
    'eviction', async () => {
    const page = await browser.newPage();
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto(`file://${html}`);
    await page.waitForFunction(() => 'kubesimReport' in globalThis);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    const nodes = kubesim('get', 'nodes', '--log', log, '-o',
      'name').trim().split('\n').map((n) => n.replace('node/', ''));
    const r = await page.evaluate(() => {
      const k = (globalThis as unknown as { kubesimReport: { ganttRows: () => number; data: { nodes: string[] };
        bar: (n: string) => unknown } }).kubesimReport;
      return { rows: k.ganttRows(), nodes: k.data.nodes, cache: k.bar('cache') as { node: string; end: number } };
    });
    expect(r.rows).toBe(nodes.length);
    expect(r.nodes).toEqual(nodes);
    // The eviction instant, from the log: the taint eviction controller's event for the pod.
    const eviction = kubesim('get', 'events', '--log', log, '--field-selector',
      'reason=TaintManagerEviction,involvedObject.name=cache', '-o', 'jsonpath={.items[0].firstTimestamp}');
    const evictedAt = Date.parse(eviction) - Date.parse('2026-01-01T00:00:00Z');
    expect(r.cache.node).toBe('node-1');
    expect(r.cache.end).toBe(evictedAt);
    mkdirSync(ARTEFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTEFACTS, 'report-node-failure.png'), fullPage: true });
  }, 120_000);

  test('the slider at an instant shows the pods `kubesim get pods --at` shows then', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${html}`);
    await page.waitForFunction(() => 'kubesimReport' in globalThis);
    for (const at of [200_000, 400_000, 600_000]) {
      const rows = await page.evaluate((t) => (globalThis as unknown as {
        kubesimReport: { setTime: (t: number) => string[][] } }).kubesimReport.setTime(t), at);
      const cli = kubesim('get', 'pods', '-A', '-o', 'wide', '--no-headers', '--log', log, '--at',
        `${at}ms`).trim().split('\n')
        .map((l) => l.split(/\s+/));
      expect(rows.map((r) => [r[0], r[1], r[2], r[3], r[7]])).toEqual(
        cli.map((c) => [c[0], c[1], c[2], c[3], c[c.length - 3]]));
      const text = await page.locator('#slider-time').textContent();
      expect(text).toContain(`${cli.length} pods`);
    }
  }, 120_000);
});

describe.skipIf(!existsSync(CHROMIUM))('bench --compare --report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    buildDist();
    browser = await chromium.launch({ executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  }, 240_000);
  afterAll(async () => { await browser?.close(); });

  test('one chart per column of the text table, plotting the table\'s values; no network, no console error',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kubesim-compare-')), html = join(dir, 'cmp.html');
      const out = kubesim('bench', '--compare', 'default,binpack,spread', '--workload', 'basic', '--scale', '0.02',
        '--report', html).trim().split('\n');
      const head = out[1].split(/\s{2,}/), rows = out.slice(2).map((l) => l.split(/\s{2,}/));
      const page = await browser.newPage();
      const errors: string[] = [], requests: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
      await page.goto(`file://${html}`);
      await page.waitForFunction(() => 'kubesimCompare' in globalThis);
      expect([errors, requests]).toEqual([[], []]);
      const charts = await page.evaluate(() => (globalThis as unknown as { kubesimCompare: { charts: { title: string;
        values: number[] }[] } }).kubesimCompare.charts);
      expect(charts.map((c) => c.title.split(' (')[0])).toEqual(head.slice(1));
      // Each chart's bars are the table's column, profile by profile (the number the cell starts with).
      charts.forEach((c, i) => expect(c.values).toEqual(rows.map((r) => Number.parseFloat(r[i + 1]))));
      expect(await page.locator('#charts .chart canvas').count()).toBe(head.length - 1);
      mkdirSync(ARTEFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTEFACTS, 'bench-compare.png'), fullPage: true });
    }, 240_000);
});
