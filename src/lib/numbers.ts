const integerFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/** "1.234.567" */
export function formatNumber(value: number | string): string {
  return integerFormat.format(Number(value));
}

/** "1.234.567 đ" */
export function formatMoney(value: number | string): string {
  return `${formatNumber(value)} đ`;
}

/**
 * Reads a figure typed the Vietnamese way: "1.234.567" (dots group thousands),
 * "12,5" (comma before decimals), or plain digits. Returns null when it is not a number.
 */
export function parseVietnameseNumber(input: string): number | null {
  const value = input.replace(/[\s\u00a0]/g, "");
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(value)) return null;
  return Number(value.replace(/\./g, "").replace(",", "."));
}
