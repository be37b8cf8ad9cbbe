const OFFSET_FORMAT = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = OFFSET_FORMAT.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset', year: 'numeric' });
    OFFSET_FORMAT.set(timeZone, f);
  }
  return f;
}

/** Offset of a time zone from UTC in minutes at a given instant (Berlin in summer: 120). */
export function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  const name = offsetFormatter(timeZone).formatToParts(utcMs).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return '+00:00';
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** Formats an instant as ISO 8601 in the wall time of a zone, with its offset. */
export function toZonedIso(utcMs: number, timeZone: string): string {
  const offset = zoneOffsetMinutes(utcMs, timeZone);
  const local = new Date(utcMs + offset * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${date}T${time}${formatOffset(offset)}`;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses an editor's date or date-time. Without a zone the wall time is read in `timeZone`
 * (Europe/Berlin for this publication), so "2024-08-28" means midnight in Berlin, not in UTC.
 * Returns the instant as ISO 8601 with the zone's offset, or undefined when the value is not a real date.
 */
export function normaliseDateTime(value: string, timeZone: string): string | undefined {
  const m = DATE_TIME.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = m;
  const parts = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)] as const;
  const wall = Date.UTC(...parts);
  const check = new Date(wall);
  // Reject 2024-02-30 and 25:00, which Date.UTC would silently roll over.
  if (check.getUTCMonth() !== parts[1] || check.getUTCDate() !== parts[2] || check.getUTCHours() !== parts[3] || check.getUTCMinutes() !== parts[4]) {
    return undefined;
  }
  let utc: number;
  if (zone) {
    const zm = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    const offset = zm ? (zm[1] === '-' ? -1 : 1) * (Number(zm[2]) * 60 + Number(zm[3])) : 0;
    utc = wall - offset * 60_000;
  } else {
    // Two passes settle the offset around daylight-saving changes.
    utc = wall - zoneOffsetMinutes(wall, timeZone) * 60_000;
    utc = wall - zoneOffsetMinutes(utc, timeZone) * 60_000;
  }
  return toZonedIso(utc, timeZone);
}
