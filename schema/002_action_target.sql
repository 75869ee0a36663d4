-- 002: reconciliation across committees. An action a clause sends to another committee ("That
-- the following recommendations be submitted to Cabinet") is delivered when that committee's
-- minutes take it up; importing those minutes looks such actions up by the body they went to.
CREATE INDEX action_target ON action(target_body COLLATE NOCASE);
