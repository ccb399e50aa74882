/** A calendar event as iCalendar (RFC 5545) writes it. */
export interface CalendarEvent {
  uid: string;
  start: Date;
  end?: Date | null;
  /** A whole day (a deadline, a meeting known to the day only): DTSTART;VALUE=DATE. */
  allDay?: boolean;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
}

const escapeText = (value: string) =>
  value.normalize("NFC").replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

const utc = (value: Date) =>
  value
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
/** The Vietnam calendar day, for whole-day events ("20200324"). */
const day = (value: Date) => new Date(value.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10).replace(/-/g, "");
const nextDay = (value: Date) => day(new Date(value.getTime() + 24 * 3600 * 1000));

/** Folds a content line at 75 octets without cutting a UTF-8 character (RFC 5545 §3.1). */
function fold(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

/** A VCALENDAR holding the events (Outlook, Thunderbird and phone calendars read it). */
export function toICalendar(name: string, events: CalendarEvent[], now = new Date()): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Giao ban//Cong thong tin giao ban//VI",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
  ];
  for (const event of events) {
    lines.push("BEGIN:VEVENT", `UID:${event.uid}`, `DTSTAMP:${utc(now)}`);
    if (event.allDay) lines.push(`DTSTART;VALUE=DATE:${day(event.start)}`, `DTEND;VALUE=DATE:${nextDay(event.start)}`);
    else {
      lines.push(`DTSTART:${utc(event.start)}`);
      lines.push(`DTEND:${utc(event.end ?? new Date(event.start.getTime() + 2 * 3600 * 1000))}`);
    }
    lines.push(`SUMMARY:${escapeText(event.summary)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}
