import type { ReportData } from './reportData.js';
/** What the page embeds besides the data: uPlot's script and stylesheet and the report's client script. */
export interface ReportAssets {
    readonly uplotJs: string;
    readonly uplotCss: string;
    readonly clientJs: string;
}
export declare const esc: (s: string) => string;
/**
 * The self-contained HTML report: styles, uPlot, the client script and the data all inline, so
 * the file opens from disk with no network.
 */
export declare function reportHtml(data: ReportData, assets: ReportAssets, sections?: string): string;
