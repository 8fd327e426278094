import { existsSync } from 'node:fs';
import { join } from 'node:path';
/**
 * The openb trace's CSV folder, shared beside the project (never copied into it), whether the
 * benchmark runs compiled from dist/benchmarks or from benchmarks/.
 */
export const OPENB_CSV = ['../../../shared', '../../shared'].map((up) => join(import.meta.dirname, up, 'data/alibaba-openb-gpu-2023/csv'))
    .find((d) => existsSync(d)) ?? join(import.meta.dirname, '../../../shared/data/alibaba-openb-gpu-2023/csv');
