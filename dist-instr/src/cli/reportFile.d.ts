import type { ClusterEvent } from '../events/index.js';
import { type CompareData } from '../output/report/compareHtml.js';
import { type ReportAssets } from '../output/report/html.js';
import { type ReportMeta, type ReportOptions } from '../output/report/reportData.js';
/** uPlot's minified IIFE build and stylesheet (from node_modules) and the report's client script. */
export declare function reportAssets(): ReportAssets;
/**
 * Builds the report of a log's facts (with `sections` of HTML after its header) and writes it; returns its size in
 * bytes.
 */
export declare function writeReport(file: string, facts: readonly ClusterEvent[], meta: ReportMeta, opts?: ReportOptions, sections?: string): number;
/** Writes `bench --compare --report`'s charts; returns the size in bytes. */
export declare function writeCompareReport(file: string, data: CompareData): number;
