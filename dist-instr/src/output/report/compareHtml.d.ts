import type { ReportAssets } from './html.js';
/** One metric of a comparison: its name, unit and one value per profile (the text table's column). */
export interface CompareMetric {
    readonly name: string;
    readonly unit: string;
    readonly values: readonly number[];
    /** Whether a larger value is better (said under the chart). */
    readonly higherIsBetter: boolean;
}
export interface CompareData {
    readonly title: string;
    readonly profiles: readonly string[];
    readonly metrics: readonly CompareMetric[];
}
/**
 * `kubesim bench --compare ... --report FILE`: the profiles side by side, one uPlot bar chart per
 * metric of the text table, self-contained (uPlot, styles, data and script inline).
 */
export declare function compareHtml(data: CompareData, assets: Pick<ReportAssets, 'uplotJs' | 'uplotCss'> & {
    readonly compareJs: string;
}): string;
