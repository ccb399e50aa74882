import { formatDate, formatDateTime, fromVietnamTime, isCalendarDay, isLocalDateTime, toVietnamInputValue } from "./dates";

/** How much of a meeting's time is known: an archive entry may know only the day or the month. */
export type DatePrecision = "DATE_TIME" | "DATE" | "MONTH";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Does the typed value ("2020-03-24T14:00", "2020-03-24", "2020-03") have the precision's form? */
export function fitsPrecision(value: string, precision: DatePrecision): boolean {
  if (precision === "DATE_TIME") return isLocalDateTime(value);
  if (precision === "DATE") return isCalendarDay(value);
  return MONTH.test(value);
}

/** Any of the three forms. */
export function isMeetingTimeValue(value: string): boolean {
  return isLocalDateTime(value) || isCalendarDay(value) || MONTH.test(value);
}

/** The instant stored for a typed value (a day at 00:00, a month on its first day, Vietnam time); "" → null. */
export function parseMeetingTime(value: string): Date | null {
  if (!value) return null;
  if (isLocalDateTime(value)) {
    const [day, time] = value.split("T");
    return fromVietnamTime(day, time);
  }
  if (isCalendarDay(value)) return fromVietnamTime(value);
  if (MONTH.test(value)) return fromVietnamTime(`${value}-01`);
  throw new RangeError(`Not a meeting time: ${value}`);
}

/** The value an input of the precision's type shows for a stored instant. */
export function meetingTimeInputValue(value: Date | null | undefined, precision: DatePrecision): string {
  const full = toVietnamInputValue(value);
  return precision === "DATE_TIME" ? full : precision === "DATE" ? full.slice(0, 10) : full.slice(0, 7);
}

/** "14:00, 24/03/2020", "24/03/2020" or "tháng 3/2020", as much as is known. */
export function formatMeetingTime(value: Date | null | undefined, precision: DatePrecision): string {
  if (!value) return "";
  if (precision === "DATE_TIME") return formatDateTime(value);
  if (precision === "DATE") return formatDate(value);
  const [year, month] = toVietnamInputValue(value).slice(0, 7).split("-");
  return `tháng ${Number(month)}/${year}`;
}
