-- Faster bulk imports (issue 3, performance): every contact and agent event written kept up to two extra index
-- entries for its load id: the foreign key to data_load (checked row by row; H2 also made an index of its own for it)
-- and the index a fact refresh used to find a load's span. The span now comes from the load's own row
-- (data_load.first_arrival / last_arrival, written with each committed batch), and the load id of a row is written
-- only by the importer, after the load's row is committed, so the per-row check and both indexes go. The other
-- tables keep their foreign keys to data_load.
ALTER TABLE contact DROP CONSTRAINT contact_load_fk;
ALTER TABLE agent_state_event DROP CONSTRAINT agent_state_event_load_fk;
DROP INDEX kpi_contact_load_idx;
DROP INDEX kpi_agent_state_event_load_idx;
