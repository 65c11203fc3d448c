-- What each API token may do: one row per scope of a token. INGEST sends data to /api/v1/ingest/**;
-- SCHEDULES_READ reads the schedules API; SCHEDULES_PLAN also starts and stops runs and publishes versions.
CREATE TABLE api_token_scope (
    token_id BIGINT      NOT NULL,
    scope    VARCHAR(32) NOT NULL,
    CONSTRAINT api_token_scope_pk PRIMARY KEY (token_id, scope),
    CONSTRAINT api_token_scope_token_fk FOREIGN KEY (token_id) REFERENCES api_token (id),
    CONSTRAINT api_token_scope_known CHECK (scope IN ('INGEST', 'SCHEDULES_READ', 'SCHEDULES_PLAN'))
);

-- Every token issued before scopes existed was made for the ingest API: it keeps exactly that.
INSERT INTO api_token_scope (token_id, scope)
SELECT id, 'INGEST' FROM api_token;
