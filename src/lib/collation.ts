const collator = new Intl.Collator("vi", { numeric: true });

/** Vietnamese alphabetical order (a, ă, â, b, c, d, đ, e, ê …). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortByVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVi(key(x), key(y)));
}
