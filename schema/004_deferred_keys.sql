-- 004: foreign keys checked when the transaction commits, not after every statement. An
-- immediate key makes SQLite keep an undo copy of every page a many-row INSERT or a due update
-- touches, in case the statement has to be undone alone; an import writes hundreds of thousands
-- of rows and those copies were a tenth of its time. A deferred key refuses exactly what an
-- immediate one did, at COMMIT, and the whole transaction is undone. Only the text of the
-- REFERENCES clauses changes, as in 003.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql =
  replace(replace(replace(replace(replace(replace(sql,
    'REFERENCES committee(id)', 'REFERENCES committee(id) DEFERRABLE INITIALLY DEFERRED'),
    'REFERENCES document(id)', 'REFERENCES document(id) DEFERRABLE INITIALLY DEFERRED'),
    'REFERENCES meeting(id)', 'REFERENCES meeting(id) DEFERRABLE INITIALLY DEFERRED'),
    'REFERENCES item(id)', 'REFERENCES item(id) DEFERRABLE INITIALLY DEFERRED'),
    'REFERENCES clause(id)', 'REFERENCES clause(id) DEFERRABLE INITIALLY DEFERRED'),
    'REFERENCES action(id)', 'REFERENCES action(id) DEFERRABLE INITIALLY DEFERRED')
WHERE type = 'table' AND sql LIKE '%REFERENCES%';
PRAGMA writable_schema = RESET;  -- off, and this connection reads the schema again
-- Rebuilding a small index changes the schema version, so that every other connection reads
-- the new text too.
DROP INDEX listing_document;
CREATE INDEX listing_document ON listing(document_id);
