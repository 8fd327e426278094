/**
 * Quantity.String() (apimachinery pkg/api/resource quantity.go CanonicalizeBytes) for a value
 * kubesim keeps as an integer in units of 10^scale (cpu: millicores, scale -3; memory: bytes, 0).
 * DecimalSI: the largest power-of-1000 suffix (n u m "" k M G T P E) that keeps the number whole;
 * BinarySI: the largest power-of-1024 suffix (Ki Mi Gi Ti Pi Ei) that keeps it whole, and decimal
 * below 1024 or for a fraction (as CanonicalizeBytes falls back to DecimalSI).
 */
const DECIMAL_SUFFIX = { [-9]: 'n', [-6]: 'u', [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G',
    12: 'T', 15: 'P', 18: 'E' };
const BINARY_SUFFIX = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
/** The format ParseQuantity gives a written quantity: BinarySI for a Ki..Ei suffix, else DecimalSI. */
export const quantityFormat = (q) => (typeof q === 'string' && /[KMGTPE]i$/.test(q) ? 'BinarySI' : 'DecimalSI');
export function formatQuantity(value, scale, format = 'DecimalSI') {
    if (value === 0)
        return '0';
    const negative = value < 0;
    let m = BigInt(Math.abs(value)), e = scale;
    const unit = e >= 0 ? 1n : 10n ** BigInt(-e);
    if (format === 'BinarySI' && m % unit === 0n) {
        const v = e >= 0 ? m * 10n ** BigInt(e) : m / unit;
        if (v >= 1024n) {
            let k = 0, n = v;
            while (k < 6 && n % 1024n === 0n) {
                n /= 1024n;
                k++;
            }
            return `${negative ? '-' : ''}${n}${BINARY_SUFFIX[k]}`;
        }
    }
    while (m % 10n === 0n && e < 18) {
        m /= 10n;
        e++;
    }
    // Down to a multiple of 3 (the number grows), at most E (10^18); below n rounds up to nanos.
    let e3 = Math.min(18, Math.floor(e / 3) * 3);
    if (e3 < -9) {
        const d = 10n ** BigInt(-9 - e);
        m = (m + d - 1n) / d;
        e3 = -9;
        e = -9;
    }
    m *= 10n ** BigInt(e - e3);
    return `${negative ? '-' : ''}${m}${DECIMAL_SUFFIX[e3]}`;
}
