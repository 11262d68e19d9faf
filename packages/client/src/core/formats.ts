import { specFormats } from '../generated/formats.js';

/**
 * The string formats the spec uses, in one place (the spec's other formats come from ajv-formats,
 * through generated/formats.ts; one that needs code rather than a regular expression goes here): the request validation (validation.ts) and the
 * generated response validators (Ajv standalone code calls `formats[name].validate(value)`).
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2}|60)(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;
const UUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
}

/** RFC 3339 date-time, with a real calendar date and time of day. */
function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  return isCalendarDate(year, month, day) && hour <= 23 && minute <= 59;
}

export interface Format {
  validate(value: string): boolean;
  /** What the format allows, in words, for error messages and help. */
  describe: string;
}

export const formats: Record<string, Format> = {
  ...specFormats,
  'date-time': { validate: isDateTime, describe: 'an RFC 3339 date-time' },
  uuid: { validate: (value) => UUID.test(value), describe: 'a UUID' },
};
