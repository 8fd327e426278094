import fc from 'fast-check';
/** A behaviour rule for pods labelled `app: name`: start delay, and maybe an exit after a while. */
export declare const behaviorRule: (name: string) => fc.Arbitrary<Record<string, unknown>>;
