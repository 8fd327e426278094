export type Decoded = {
    readonly text: string;
} | {
    readonly error: string;
};
/** The offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629). */
export declare function invalidUtf8At(b: Uint8Array): number;
export declare function decodeInput(b: Uint8Array): Decoded;
