import type { CampaignReport } from './campaign.js';
/**
 * The campaign as a section of the HTML report (`kubesim fuzz` writes report.html next to the
 * counterexample): cases, the first broken invariant, the counterexample in plain words and how
 * to replay it, and coverage (fault and operation outcomes, Kubernetes transitions reached).
 * The rest of the page is the counterexample's own run (timeline, curves, events).
 */
export declare function campaignSectionHtml(c: CampaignReport): string;
