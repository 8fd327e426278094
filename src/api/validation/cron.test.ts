import { describe, expect, test } from 'vitest';
import { cronScheduleError, simulatable, timeZoneError } from './cron.js';

describe('cron schedules as robfig/cron ParseStandard checks them', () => {
  test.each([
    '* * * * *', '*/5 * * * *', '0 0 1 1 *', '0-59/15 0-23 1-31 1-12 0-6', '0 9 * JAN-mar MON-fri', '30 2 ? * sun',
      '0 0 1,15 * *',
    '*/61 * * * *', // a step larger than the range keeps only the first value: valid
    '5/10 * * * *', '@hourly', '@daily', '@midnight', '@weekly', '@monthly', '@yearly', '@annually', '@every 1h30m',
  ])('%j is valid', (s) => expect(cronScheduleError(s)).toBeUndefined());

  test.each([
    { s: '', want: 'empty spec string' },
    { s: '* * * *', want: 'expected exactly 5 fields, found 4: [* * * *]' },
    { s: '* * * * * *', want: 'expected exactly 5 fields, found 6: [* * * * * *]' },
    { s: '60 * * * *', want: 'end of range (60) above maximum (59): 60' },
    { s: '* 24 * * *', want: 'end of range (24) above maximum (23): 24' },
    { s: '* * 0 * *', want: 'beginning of range (0) below minimum (1): 0' },
    { s: '* * * 13 *', want: 'end of range (13) above maximum (12): 13' },
    { s: '* * * * 7', want: 'end of range (7) above maximum (6): 7' },
    { s: '5-1 * * * *', want: 'beginning of range (5) beyond end of range (1): 5-1' },
    { s: '1-2-3 * * * *', want: 'too many hyphens: 1-2-3' },
    { s: '*/2/3 * * * *', want: 'too many slashes: */2/3' },
    { s: '*/0 * * * *', want: 'step of range should be a positive number: */0' },
    { s: 'x * * * *', want: 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax' },
    { s: '* * * * funday', want: 'failed to parse int from funday: strconv.Atoi: parsing "funday": invalid syntax' },
    { s: '@fortnightly', want: 'unrecognized descriptor: @fortnightly' },
    { s: '@every soon', want: 'failed to parse duration @every soon: time: invalid duration "soon"' },
  ])('$s is rejected: $want', ({ s, want }) => expect(cronScheduleError(s)).toBe(want));

  test('every valid 5-field schedule and macro can be run by cron-parser; @every cannot', () => {
    expect(['*/61 * * * *', '0 9 * JAN-mar MON-fri', '30 2 ? * sun', '@hourly', '@yearly'].map(simulatable)).toEqual(
      [true, true, true, true, true]);
    expect(simulatable('@every 1h')).toBe(true);
  });
});

describe('time zones as batch/validation validateTimeZone', () => {
  test.each(['UTC', 'Etc/UTC', 'Europe/Paris', 'America/Argentina/Buenos_Aires', 'Asia/Kolkata'])('%s is valid',
    (tz) => expect(timeZoneError(tz)).toBeUndefined());
  test.each([
    { tz: '', want: 'timeZone must be nil or non-empty string' },
    { tz: 'Local', want: 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones' },
    { tz: 'Mars/Olympus', want: 'unknown time zone Mars/Olympus' },
    { tz: 'europe/paris', want: 'unknown time zone europe/paris' },
    { tz: 'Europe/../Paris', want: 'unknown time zone Europe/../Paris' },
    { tz: 'UTC+1 hour', want: 'unknown time zone UTC+1 hour' },
  ])('$tz is rejected', ({ tz, want }) => expect(timeZoneError(tz)).toBe(want));
});
