import { describe, expect, it } from 'vitest';
import { encodeAlarmName, parseAlarmName, TICK_ALARM, type AlarmName } from '../../../lib/reminders/alarm-names';

describe('alarm name codec', () => {
  it.each<[AlarmName, string]>([
    [
      {
        type: 'reminder',
        kind: 'seller_response',
        orderId: '8190000123456789',
        disputeId: '5012345678901201',
        leadMinutes: 180,
        dueAt: 1761696000000,
      },
      'dh:r:seller_response:8190000123456789:5012345678901201:180:1761696000000',
    ],
    [
      {
        type: 'reminder',
        kind: 'protection_end',
        orderId: '8190000123456789',
        leadMinutes: 4320,
        dueAt: 1761696000000,
      },
      'dh:r:protection_end:8190000123456789:-:4320:1761696000000',
    ],
    [{ type: 'extension', orderId: '8190000123456789', dueAt: 1761696000000 }, 'dh:x:8190000123456789:1761696000000'],
    [{ type: 'watch', disputeId: '5012345678901201' }, 'dh:w:5012345678901201'],
    [{ type: 'tick' }, TICK_ALARM],
  ])('%j ⇄ %s', (alarm, name) => {
    expect(encodeAlarmName(alarm)).toBe(name);
    expect(parseAlarmName(name)).toEqual(alarm);
  });

  it.each([
    'dh:r:unknown_kind:8190000123456789:-:180:1',
    'dh:r:seller_response:819:-:180:1', // id too short
    'dh:r:seller_response:8190000123456789:-:180:01',
    'dh:r:seller_response:8190000123456789:-:180:1:extra',
    'dh:r:seller_response:8190000123456789:-:-5:1',
    'dh:w:abc',
    'dh:x:8190000123456789',
    'other-extension-alarm',
    '',
    'dh:tick:now',
  ])('rejects %j', (name) => {
    expect(parseAlarmName(name)).toBeNull();
  });
});
