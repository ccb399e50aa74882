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

/**
 * "ngày 05 tháng 02 năm 2021", as Party documents write the date of issue: day and month under
 * 10 padded with a zero, as the examples of Hướng dẫn 36-HD/VPTW show ("ngày 20 tháng 02 năm 2018").
 */
export function formatDateWords(value: Date): string {
  const [year, month, day] = vietnamDay(value).split("-");
  return `ngày ${day} tháng ${month} năm ${year}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether "yyyy-mm-dd" names a day that exists. JavaScript's Date rolls impossible days over
 * ("2021-02-31" becomes 3 March), so the calendar is checked here, before any Date is made.
 */
export function isCalendarDay(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return false;
  const [year, month, date] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || date < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return date <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** Whether "HH:MM" is a time of day, 00:00–23:59 ("24:00" is the next day's 00:00, not a time of this one). */
export function isClockTime(time: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

/** Whether "yyyy-mm-ddTHH:MM" (an <input type="datetime-local"> value) is a real day and time. */
export function isLocalDateTime(value: string): boolean {
  const [day, time, extra] = value.split("T");
  return extra === undefined && time !== undefined && isCalendarDay(day) && isClockTime(time);
}

/** The instant a Vietnam wall-clock time ("2020-04-15", "14:30") denotes; an impossible day or time throws. */
export function fromVietnamTime(day: string, time = "00:00"): Date {
  if (!isCalendarDay(day) || !isClockTime(time)) throw new RangeError(`Not a Vietnam wall-clock time: ${day} ${time}`);
  return new Date(Date.parse(`${day}T${time}:00Z`) - VIETNAM_OFFSET_MS);
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
