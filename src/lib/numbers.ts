const integerFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/** "1.234.567" */
export function formatNumber(value: number | string): string {
  return integerFormat.format(Number(value));
}

/** "1.234.567 đ" */
export function formatMoney(value: number | string): string {
  return `${formatNumber(value)} đ`;
}
