-- Issue 15, items 6 and 9: the date by which a province's blocs file their award proposals
-- (hạn nộp hồ sơ đề nghị khen thưởng) for a year, set by the Board in the year's settings.
-- NULL: no deadline. It belongs to its year only (a later year without its own settings does
-- not inherit it), and lies in the year or the following one.
-- The reminders that follow it use the existing reminder_claim (kind VARCHAR(10), no check):
-- PROPOSAL (the leader unit, about the bloc) and REPORT (a nominee, about the proposal).
ALTER TABLE province_settings ADD COLUMN filing_deadline DATE NULL;
