/** FNV-1a, 32 bit: a stable string hash for seeds and sharding (not for security). */
export declare function fnv1a32(s: string): number;
