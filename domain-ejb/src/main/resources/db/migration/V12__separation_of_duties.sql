-- Issue 12, separation of duties: the proposal keeps the account that checked its dossier,
-- so that the same account cannot also approve or reject it at the Board leader's step.
ALTER TABLE proposal ADD COLUMN checked_by VARCHAR(100) NULL;

-- Proposals checked before this version: the actor of their latest CHECK step.
UPDATE proposal p
   SET p.checked_by = (SELECT s.actor FROM proposal_step s
                        WHERE s.proposal_id = p.id AND s.step = 'CHECK'
                        ORDER BY s.id DESC LIMIT 1)
 WHERE EXISTS (SELECT 1 FROM proposal_step s WHERE s.proposal_id = p.id AND s.step = 'CHECK');
