-- Asterisk queue_log calls that span the end of a file: what each completed queue_log load left open, so that the
-- next import of the same source continues those calls (a call entering the queue at the end of queue_log.1 and
-- ending in queue_log is one contact). Every completed queue_log load that read a line keeps its row here, so a
-- re-imported (or late) file continues the calls open just before it, not those open after it.

-- Where a queue_log load stopped: the times of the first and of the newest line it read.
CREATE TABLE queue_log_end (
    load_id       BIGINT       NOT NULL PRIMARY KEY,
    source        VARCHAR(32)  NOT NULL,
    first_line_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_line_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT queue_log_end_load_fk FOREIGN KEY (load_id) REFERENCES data_load (id)
);

-- An import finds the load to continue by source and newest line.
CREATE INDEX queue_log_end_source_idx ON queue_log_end (source, last_line_at);

-- The calls a load left open: entered, perhaps answered, not yet ended. Column sizes are those of the contact the
-- call becomes; a call whose values do not fit is rejected at the end of the load instead (it could not be stored).
CREATE TABLE queue_log_open_call (
    load_id     BIGINT       NOT NULL,
    call_id     VARCHAR(128) NOT NULL,
    queue       VARCHAR(64)  NOT NULL,
    arrived_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the CONNECT second and member, when answered
    answered_at TIMESTAMP WITH TIME ZONE,
    agent_id    VARCHAR(64),
    caller_id   VARCHAR(254),
    did         VARCHAR(254),
    -- where the ENTERQUEUE line was read: a call that never ends is reported there
    file_name   VARCHAR(500) NOT NULL,
    line        BIGINT       NOT NULL,
    CONSTRAINT queue_log_open_call_pk PRIMARY KEY (load_id, call_id, queue),
    CONSTRAINT queue_log_open_call_end_fk FOREIGN KEY (load_id) REFERENCES queue_log_end (load_id)
);
