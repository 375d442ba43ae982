/** `2026-12-31`, `2026/12/31`, `2026.12.31`, `2026年12月31日` → `2026-12-31`; anything else is returned as written (the schema reports it). */
export function normaliseDate(text: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text.trim();
}
