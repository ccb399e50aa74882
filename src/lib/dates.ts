/** Every civil date in the portal is a Vietnam date (UTC+7, no daylight saving). */
export const VIETNAM_TZ = "Asia/Ho_Chi_Minh";
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

const dateFormat = new Intl.DateTimeFormat("vi-VN", {
  timeZone: VIETNAM_TZ,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});
const dateTimeFormat = new Intl.DateTimeFormat("vi-VN", {
  timeZone: VIETNAM_TZ,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** "24/03/2020" */
export function formatDate(value: Date | null | undefined): string {
  return value ? dateFormat.format(value) : "";
}

/** "14:30, 24/03/2020" */
export function formatDateTime(value: Date | null | undefined): string {
  if (!value) return "";
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(value).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute}, ${parts.day}/${parts.month}/${parts.year}`;
}

/** The Vietnam calendar day of an instant, as yyyy-mm-dd. */
export function vietnamDay(value: Date): string {
  return new Date(value.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** "ngày 15 tháng 4 năm 2020", as written in official documents. */
export function formatDateWords(value: Date): string {
  const [year, month, day] = vietnamDay(value).split("-").map(Number);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** The instant a Vietnam wall-clock time ("2020-04-15", "14:30") denotes. */
export function fromVietnamTime(day: string, time = "00:00"): Date {
  return new Date(new Date(`${day}T${time}:00Z`).getTime() - VIETNAM_OFFSET_MS);
}

/** Value for an <input type="datetime-local"> in Vietnam time. */
export function toVietnamInputValue(value: Date | null | undefined): string {
  if (!value) return "";
  return new Date(value.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 16);
}

/** The instant truncated to its minute: answers computed "as of" it can be shared within the minute. */
export function startOfMinute(value: Date): Date {
  return new Date(Math.floor(value.getTime() / 60_000) * 60_000);
}
