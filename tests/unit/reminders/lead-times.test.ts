import { describe, expect, it } from 'vitest';
import {
  addLead,
  customLeadMinutes,
  LEAD_PRESETS,
  MAX_LEADS,
  removeLead,
  withLeads,
} from '../../../lib/reminders/lead-times';
import { DEFAULT_REMINDER_SETTINGS } from '../../../lib/reminders/settings';

describe('the lead-time editor', () => {
  const defaults = DEFAULT_REMINDER_SETTINGS.leadMinutes;

  it('adds a lead in its place, longest first', () => {
    expect(addLead(defaults, 12 * 60)).toEqual({ ok: true, leads: [4320, 1440, 720, 180] });
  });

  it('refuses a lead already there, one out of bounds, and a seventh', () => {
    expect(addLead(defaults, 1440)).toEqual({ ok: false, error: 'duplicate' });
    expect(addLead(defaults, 4)).toEqual({ ok: false, error: 'out-of-range' });
    expect(addLead(defaults, 31 * 1440)).toEqual({ ok: false, error: 'out-of-range' });
    expect(addLead(defaults, 90.5)).toEqual({ ok: false, error: 'out-of-range' });
    const full = [6, 5, 4, 3, 2, 1].map((hours) => hours * 60);
    expect(full).toHaveLength(MAX_LEADS);
    expect(addLead(full, 30)).toEqual({ ok: false, error: 'too-many' });
  });

  it('removes a lead, never the last one', () => {
    expect(removeLead(defaults, 1440)).toEqual({ ok: true, leads: [4320, 180] });
    expect(removeLead([180], 180)).toEqual({ ok: false, error: 'last-one' });
  });

  it('reads a custom amount in hours or days', () => {
    expect(customLeadMinutes('36', 'hours')).toBe(2160);
    expect(customLeadMinutes('1,5', 'days')).toBe(2160);
    expect(customLeadMinutes('', 'days')).toBeUndefined();
    expect(customLeadMinutes('soon', 'hours')).toBeUndefined();
    expect(customLeadMinutes('-2', 'hours')).toBeUndefined();
  });

  it('every preset is a lead the stored settings accept', () => {
    for (const preset of LEAD_PRESETS)
      expect(withLeads(DEFAULT_REMINDER_SETTINGS, [preset]).leadMinutes).toEqual([preset]);
    expect(() => withLeads(DEFAULT_REMINDER_SETTINGS, [])).toThrow();
  });
});
