export declare function profileShapeProblems(profiles: unknown): string[];
