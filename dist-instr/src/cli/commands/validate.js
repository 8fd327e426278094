import { statSync } from 'node:fs';
import { formatBytes, MAX_TOTAL_INPUT_BYTES } from '../../api/limits.js';
import { parseYamlDocuments } from '../../scenario/yaml.js';
import { loadManifestFile, loadScenario } from '../../scenario/load.js';
import { ScenarioError, formatProblem, unreadableProblem } from '../../api/problems.js';
import { NO_OBJECTS } from '../../scenario/load.js';
import { isFolder, isManifestName, walkInputs } from '../walk.js';
import { EXIT, fail, nodeFs } from '../io.js';
import { buildProfiles, ProfileError } from '../../scheduler/profile.js';
const isScenario = (text, file) => {
    // Only a file that names the kind is parsed twice (a 50 MB manifest set is not).
    if (!/kind["']?\s*:\s*["']?Scenario\b/.test(text))
        return false;
    const { docs } = parseYamlDocuments(text, file);
    return docs.length === 1 && typeof docs[0] === 'object' && docs[0] !== null
        && docs[0].kind === 'Scenario';
};
/** Files as given; a directory stands for its .yaml/.yml/.json files, recursively, in name order. */
export function expandFiles(files) {
    return walkInputs(files, isManifestName).files;
}
/**
 * Validates manifests and scenario files without running them (a scenario pulls in its manifest
 * files): every error and warning, as `kubesim run` would find them before starting.
 */
/** The size of the files on disk (a file that cannot be stat'ed counts 0: its read reports it). */
function totalBytes(files) {
    let n = 0;
    for (const f of files) {
        try {
            n += statSync(f).size;
        }
        catch { /* reported when read */ }
    }
    return n;
}
export function validateFiles(given) {
    const errors = [], warnings = [], files = [];
    for (const g of given) {
        const walk = walkInputs([g], isManifestName);
        errors.push(...walk.problems.map((p) => ({ ...p, unreadable: true })));
        if (walk.files.length === 0 && isFolder(g))
            errors.push({ file: g, message: `${NO_OBJECTS} (no .yaml, .yml or .json files in this folder)` });
        files.push(...walk.files.filter((f) => !files.includes(f)));
    }
    const total = totalBytes(files);
    // One file over the limit gets the per-file message when it is read.
    if (files.length > 1 && total > MAX_TOTAL_INPUT_BYTES) {
        const message = `the ${files.length} files hold ${formatBytes(total)}, over kubesim's limit of ` +
            (`${formatBytes(MAX_TOTAL_INPUT_BYTES)} of manifests per command (validation reads about 1 MB/s): refused ` +
                `without reading them; validate the folders one by one`);
        return { errors: [...errors, { file: given.join(' '), message, unreadable: true }], warnings };
    }
    for (const f of files) {
        let text;
        try {
            text = nodeFs.read(f);
        }
        catch (e) {
            errors.push(unreadableProblem(f, e));
            continue;
        }
        if (isScenario(text, f)) {
            try {
                const loaded = loadScenario(f, nodeFs);
                warnings.push(...loaded.warnings);
                try {
                    buildProfiles(loaded.scenario.scheduler);
                }
                catch (e) {
                    if (e instanceof ProfileError)
                        errors.push(...e.problems.map((message) => ({ file: f, message })));
                    else
                        throw e;
                }
            }
            catch (e) {
                if (e instanceof ScenarioError)
                    errors.push(...e.problems);
                else
                    throw e;
            }
        }
        else {
            const r = loadManifestFile(f, nodeFs);
            errors.push(...r.problems);
            warnings.push(...r.warnings);
        }
    }
    // A manifest file given directly and also through a scenario is reported once.
    const unique = (ps) => {
        const seen = new Set();
        return ps.filter((x) => {
            const k = formatProblem(x);
            if (seen.has(k))
                return false;
            seen.add(k);
            return true;
        });
    };
    return { errors: unique(errors), warnings: unique(warnings) };
}
/** The lines `kubesim validate` prints: errors (stdout) one per line, warnings (stderr) prefixed. */
export function reportLines(files, r) {
    const skipped = r.warnings.filter((w) => w.path === 'kind' && w.message.endsWith(': skipped')).length;
    const summary = `${files.length} file(s): ${r.errors.length} error(s), ${r.warnings.length - skipped} warning(s), ` +
        `${skipped} object(s) of kinds kubesim does not simulate skipped`;
    return {
        stdout: [...r.errors.map(formatProblem), ...(r.errors.length ? [] : [`${summary}: valid`])],
        stderr: [...r.warnings.map((w) => `warning: ${formatProblem(w)}`),
            ...(r.errors.length ? [`${summary}: invalid`] : [])],
    };
}
export function registerValidate(program) {
    program
        .command('validate')
        .description('check manifests and scenario files without running them (exit 1 and every error, one per line, when invalid)')
        .argument('<files...>', 'Kubernetes manifests or kubesim scenarios (a directory: its .yaml/.yml/.json files, recursively)')
        .action((files) => {
        try {
            const r = validateFiles(files);
            const { stdout, stderr } = reportLines(expandFiles(files), r);
            for (const l of stderr)
                process.stderr.write(`${l}\n`);
            for (const l of stdout)
                process.stdout.write(`${l}\n`);
            if (r.errors.some((e) => e.unreadable))
                process.exit(EXIT.badInput);
            if (r.errors.length)
                process.exit(EXIT.failed);
        }
        catch (err) {
            fail(err);
        }
    });
}
