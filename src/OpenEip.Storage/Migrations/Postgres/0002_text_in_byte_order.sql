-- Text sorts byte by byte, as on SQLite, whatever collation the database was created with (issue 11). Ids, names and
-- tag keys are the tie-breakers of every list and page; a database created with a language collation (en_US.UTF-8,
-- ICU's en-US: the default of many managed PostgreSQL services) would order "B" after "a" and page differently from
-- SQLite. Every text column takes the C collation; the indexes on them are rebuilt by the ALTER. New text columns in
-- later migrations are written with COLLATE "C".
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN
        SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND data_type = 'text' AND collation_name IS DISTINCT FROM 'C'
        ORDER BY table_name, ordinal_position
    LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE text COLLATE "C"', c.table_name, c.column_name);
    END LOOP;
END $$;
