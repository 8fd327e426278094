import type { Command } from 'commander';
import { parseYamlDocuments } from '../../scenario/yaml.js';
import { loadManifestFile, loadScenario } from '../../scenario/load.js';
import { ScenarioError, formatProblem, type InputProblem } from '../../scenario/errors.js';
import { EXIT, fail, nodeFs, readText } from '../io.js';
import { buildProfiles, ProfileError } from '../../scheduler/profile.js';

const isScenario = (text: string, file: string): boolean => {
  const { docs } = parseYamlDocuments(text, file);
  return docs.length === 1 && typeof docs[0] === 'object' && docs[0] !== null && (docs[0] as { kind?: unknown }).kind === 'Scenario';
};

/** Validates files without running them; returns every error and warning. */
export function validateFiles(files: readonly string[]): { errors: InputProblem[]; warnings: InputProblem[] } {
  const errors: InputProblem[] = [], warnings: InputProblem[] = [];
  for (const f of files) {
    let text: string;
    try { text = readText(f); } catch { errors.push({ file: f, message: 'cannot read file (does it exist?)' }); continue; }
    if (isScenario(text, f)) {
      try {
        const loaded = loadScenario(f, nodeFs);
        warnings.push(...loaded.warnings);
        try { buildProfiles(loaded.scenario.scheduler); } catch (e) {
          if (e instanceof ProfileError) errors.push(...e.problems.map((message) => ({ file: f, message }))); else throw e;
        }
      } catch (e) {
        if (e instanceof ScenarioError) errors.push(...e.problems); else throw e;
      }
    } else {
      const r = loadManifestFile(f, nodeFs);
      errors.push(...r.problems); warnings.push(...r.warnings);
    }
  }
  return { errors, warnings };
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check manifests and scenario files without running them')
    .argument('<files...>', 'Kubernetes manifests or kubesim scenarios')
    .action((files: string[]) => {
      try {
        const { errors, warnings } = validateFiles(files);
        for (const w of warnings) process.stderr.write(`warning: ${formatProblem(w)}\n`);
        for (const e of errors) process.stdout.write(`${formatProblem(e)}\n`);
        if (errors.length) process.exit(EXIT.failed);
        process.stdout.write(`${files.length} file(s) valid\n`);
      } catch (err) { fail(err); }
    });
}
