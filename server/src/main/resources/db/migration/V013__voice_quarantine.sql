-- Quarantine of survey responses (issue 6 "Bad input", as for interaction data): the raw values of each quarantined
-- line, so that it can be corrected and re-submitted, and the status RESUBMITTED of a rejection whose line a
-- re-submission stored.
ALTER TABLE voice_rejection DROP CONSTRAINT voice_rejection_status_check;
ALTER TABLE voice_rejection ADD CONSTRAINT voice_rejection_status_check
    CHECK (status IN ('REFUSED', 'QUARANTINED', 'FLAGGED', 'RESUBMITTED'));

-- A line of a load held in quarantine: its values as read (a properties document: field or answer.<question> to
-- text), and how its date was read (pattern and zone), to read it the same way when it is re-submitted.
CREATE TABLE voice_quarantine_line (
    load_id      BIGINT         NOT NULL,
    line         BIGINT         NOT NULL,
    date_pattern VARCHAR(100)   NOT NULL,
    source_zone  VARCHAR(64)    NOT NULL,
    raw_values   VARCHAR(20000) NOT NULL,
    CONSTRAINT voice_quarantine_line_pk PRIMARY KEY (load_id, line),
    CONSTRAINT voice_quarantine_line_load_fk FOREIGN KEY (load_id) REFERENCES voice_load (id)
);
