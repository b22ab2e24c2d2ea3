// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { BackupRestore, type BackupRestoreProps } from '../../../components/options/BackupRestore';
import { LeadTimes, type LeadTimesProps } from '../../../components/options/LeadTimes';
import { StorageUsed } from '../../../components/options/StorageUsed';
import { BACKUP_PROBLEMS } from '../../../lib/model/backup-problem';
import { createPageTranslator } from '../../../lib/extension-pages/strings';
import { LEAD_PRESETS } from '../../../lib/reminders/lead-times';
import { mount } from './mount';

const en = createPageTranslator('en');
const ru = createPageTranslator('ru');

describe('LeadTimes', () => {
  const props: LeadTimesProps = {
    leads: [4320, 2160, 180, 30],
    presets: LEAD_PRESETS,
    status: undefined,
    onAdd: () => undefined,
    onAddOwn: () => true,
    onRemove: () => undefined,
    i18n: en,
  };

  it('writes each lead out, in English and with Russian plural forms', () => {
    const texts = (i18n = en) =>
      mount(<LeadTimes {...props} i18n={i18n} />)
        .all('lead-time')
        .map((item) => item.firstChild?.textContent);
    expect(texts()).toEqual(['3 days before', '1 day 12 hours before', '3 hours before', '30 minutes before']);
    expect(texts(ru)).toEqual(['за 3 дня', 'за 1 день 12 часов', 'за 3 часа', 'за 30 минут']);
  });

  it('removes one, and offers only the presets not chosen yet', () => {
    const onRemove = vi.fn();
    const onAdd = vi.fn();
    const { all, get } = mount(<LeadTimes {...props} onRemove={onRemove} onAdd={onAdd} />);
    act(() => all('lead-remove')[1]!.click());
    expect(onRemove).toHaveBeenCalledWith(2160);
    expect(all('lead-remove')[1]!.getAttribute('aria-label')).toBe('Remove the reminder 1 day 12 hours before');
    const offered = [...get('lead-preset')!.querySelectorAll('option')].map((option) => option.value);
    expect(offered).toEqual(['', '10080', '2880', '1440', '720', '360', '60']);
    expect(get('lead-add')).toHaveProperty('disabled', true);
  });

  it('says why a change was refused, and that a saved one is planned', () => {
    expect(mount(<LeadTimes {...props} status="too-many" />).get('lead-status')?.textContent).toBe(
      'You can have at most 6 reminders. Remove one first.',
    );
    const saved = mount(<LeadTimes {...props} status="saved" />).get('lead-status')!;
    expect(saved.getAttribute('data-tone')).toBe('ok');
  });

  it('is not editable until the stored leads are known', () => {
    const { get } = mount(<LeadTimes {...props} leads={undefined} />);
    expect(get('lead-preset')).toHaveProperty('disabled', true);
    expect(get('lead-custom-amount')).toHaveProperty('disabled', true);
  });
});

describe('BackupRestore', () => {
  const props: BackupRestoreProps = {
    backup: { state: 'idle' },
    restore: { state: 'idle' },
    onBackup: () => undefined,
    onRestore: () => undefined,
    limitBytes: 500 * 1024 * 1024,
    i18n: en,
  };

  it('says each problem in words, with nothing changed, as an error', () => {
    const texts = BACKUP_PROBLEMS.map((problem) => {
      const status = mount(<BackupRestore {...props} restore={{ state: 'failed', problem }} />).get('restore-status')!;
      expect(status.getAttribute('data-tone')).toBe('error');
      const text = status.textContent!;
      return text;
    });
    for (const text of texts) expect(text).toMatch(/Nothing was changed\.$/);
    expect(new Set(texts).size).toBe(BACKUP_PROBLEMS.length);
    expect(texts[0]).toContain('larger than 500 MB');
  });

  it('the cap is named before a file is chosen', () => {
    expect(
      mount(<BackupRestore {...props} />).get('restore-input')?.parentElement?.nextElementSibling?.textContent,
    ).toContain('up to 500 MB');
  });
});

describe('StorageUsed', () => {
  it('says how much is used and how much is left', () => {
    const { get } = mount(<StorageUsed estimate={{ used: 3.5 * 1024 * 1024, quota: 2 * 1024 ** 3 }} i18n={en} />);
    expect(get('storage-used')?.textContent).toBe(
      '3.5 MB used by Dispute Helper; 2 GB still available in this browser.',
    );
  });

  it('says so when the browser gives no estimate', () => {
    expect(
      mount(<StorageUsed estimate={null} i18n={en} />)
        .get('storage-used')
        ?.getAttribute('data-state'),
    ).toBe('unknown');
  });
});

describe('BackupRestore after a backup', () => {
  it('warns when the file came out larger than a restore reads', () => {
    const base: BackupRestoreProps = {
      backup: { state: 'ready', name: 'dispute-helper-backup-2026-12-03.zip', tooBig: false },
      restore: { state: 'idle' },
      onBackup: () => undefined,
      onRestore: () => undefined,
      limitBytes: 500 * 1024 * 1024,
      i18n: en,
    };
    expect(mount(<BackupRestore {...base} />).get('backup-too-big')).toBeNull();
    const big = mount(<BackupRestore {...base} backup={{ ...base.backup, tooBig: true } as never} />);
    expect(big.get('backup-status')?.textContent).toContain('larger than 500 MB');
  });
});
