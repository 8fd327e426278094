export type QuantityFormat = 'DecimalSI' | 'BinarySI';
/** The format ParseQuantity gives a written quantity: BinarySI for a Ki..Ei suffix, else DecimalSI. */
export declare const quantityFormat: (q: string | number | undefined) => QuantityFormat;
export declare function formatQuantity(value: number, scale: number, format?: QuantityFormat): string;
