/**
 * Why a backup could not be restored, as the options page tells the buyer: too large to read, not a backup of ours,
 * damaged (unreadable, incomplete or with a record that does not check), from a newer version, or not writable here.
 */
export const BACKUP_PROBLEMS = ['too-big', 'not-backup', 'damaged', 'newer', 'write-failed'] as const;
export type BackupProblem = (typeof BACKUP_PROBLEMS)[number];
