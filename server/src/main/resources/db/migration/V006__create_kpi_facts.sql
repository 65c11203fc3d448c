-- KPI facts (metrics.md §1, §2, §3, §5): mergeable 15-minute sums and wait histograms, built from the contact and
-- agent_state_event tables after every import, and the KPI settings of each queue. Pages read these tables, never the
-- contacts. Slots are 15-minute periods of the UTC epoch (slot_start, UTC); every zone's local 15-minute slot is one
-- of them, so local hours, days and weeks are merges. Times are milliseconds; wait histograms are the text encoding
-- of the engine's WaitHistogram. Rebuilt facts replace the rows of their slots.

-- One row per slot, queue, channel, direction and agent ('' for contacts no agent took).
CREATE TABLE contact_fact (
    slot_start         TIMESTAMP WITH TIME ZONE NOT NULL,
    queue              VARCHAR(64)   NOT NULL,
    channel            VARCHAR(16)   NOT NULL,
    direction          VARCHAR(8)    NOT NULL,
    agent_id           VARCHAR(64)   NOT NULL,
    offered            BIGINT        NOT NULL,
    answered           BIGINT        NOT NULL,
    abandoned          BIGINT        NOT NULL,
    overflowed         BIGINT        NOT NULL,
    transferred        BIGINT        NOT NULL,
    answered_waits     VARCHAR(1000000) NOT NULL,
    abandoned_waits    VARCHAR(1000000) NOT NULL,
    overflowed_waits   VARCHAR(1000000) NOT NULL,
    talk_millis        BIGINT        NOT NULL,
    wrap_millis        BIGINT        NOT NULL,
    wrap_recorded      BIGINT        NOT NULL,
    first_contact_base BIGINT        NOT NULL,
    repeated           BIGINT        NOT NULL,
    sale_eligible      BIGINT        NOT NULL,
    sales              BIGINT        NOT NULL,
    revenue            DECIMAL(18, 2) NOT NULL,
    CONSTRAINT contact_fact_pk PRIMARY KEY (slot_start, queue, channel, direction, agent_id)
);

CREATE INDEX contact_fact_agent_idx ON contact_fact (agent_id, slot_start);

-- The same facts with the agents rolled up: what the dashboard reads when no team or agent is chosen.
CREATE TABLE queue_fact (
    slot_start         TIMESTAMP WITH TIME ZONE NOT NULL,
    queue              VARCHAR(64)   NOT NULL,
    channel            VARCHAR(16)   NOT NULL,
    direction          VARCHAR(8)    NOT NULL,
    offered            BIGINT        NOT NULL,
    answered           BIGINT        NOT NULL,
    abandoned          BIGINT        NOT NULL,
    overflowed         BIGINT        NOT NULL,
    transferred        BIGINT        NOT NULL,
    answered_waits     VARCHAR(1000000) NOT NULL,
    abandoned_waits    VARCHAR(1000000) NOT NULL,
    overflowed_waits   VARCHAR(1000000) NOT NULL,
    talk_millis        BIGINT        NOT NULL,
    wrap_millis        BIGINT        NOT NULL,
    wrap_recorded      BIGINT        NOT NULL,
    first_contact_base BIGINT        NOT NULL,
    repeated           BIGINT        NOT NULL,
    sale_eligible      BIGINT        NOT NULL,
    sales              BIGINT        NOT NULL,
    revenue            DECIMAL(18, 2) NOT NULL,
    CONSTRAINT queue_fact_pk PRIMARY KEY (slot_start, queue, channel, direction)
);

-- One row per slot and agent: the agent's time by state; pauses by reason as 'reason=millis' pairs joined by ';'.
CREATE TABLE agent_fact (
    slot_start        TIMESTAMP WITH TIME ZONE NOT NULL,
    agent_id          VARCHAR(64)   NOT NULL,
    logged_in_millis  BIGINT        NOT NULL,
    ready_millis      BIGINT        NOT NULL,
    on_contact_millis BIGINT        NOT NULL,
    wrap_up_millis    BIGINT        NOT NULL,
    paused_millis     BIGINT        NOT NULL,
    paused_by_reason  VARCHAR(2000) NOT NULL,
    CONSTRAINT agent_fact_pk PRIMARY KEY (slot_start, agent_id)
);

CREATE INDEX agent_fact_agent_idx ON agent_fact (agent_id, slot_start);

-- The same time with all agents rolled up: what the dashboard reads when no team or agent is chosen.
CREATE TABLE agent_total_fact (
    slot_start        TIMESTAMP WITH TIME ZONE NOT NULL PRIMARY KEY,
    logged_in_millis  BIGINT        NOT NULL,
    ready_millis      BIGINT        NOT NULL,
    on_contact_millis BIGINT        NOT NULL,
    wrap_up_millis    BIGINT        NOT NULL,
    paused_millis     BIGINT        NOT NULL,
    paused_by_reason  VARCHAR(4000) NOT NULL
);

-- The loads whose facts are built; a completed load missing here (its process was killed before the refresh) is
-- refreshed at the next start.
CREATE TABLE fact_refresh (
    load_id      BIGINT NOT NULL PRIMARY KEY,
    refreshed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    range_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    range_to     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fact_refresh_load_fk FOREIGN KEY (load_id) REFERENCES data_load (id)
);

-- KPI settings of a queue (metrics.md §1); a queue without a row uses the defaults of its channel. A target left
-- empty (NULL) is not set: its figure is shown without a status.
CREATE TABLE queue_setting (
    queue                   VARCHAR(64)   NOT NULL PRIMARY KEY,
    sl_threshold_seconds    INTEGER       NOT NULL,
    short_abandon_seconds   INTEGER       NOT NULL,
    sl_variant              VARCHAR(32)   NOT NULL,
    target_service_level    DECIMAL(5, 4),
    target_asa_seconds      INTEGER,
    target_abandon_rate     DECIMAL(5, 4),
    answer_deadline_seconds INTEGER       NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(64)   NOT NULL,
    CONSTRAINT queue_setting_threshold_check CHECK (sl_threshold_seconds >= 0 AND short_abandon_seconds >= 0
        AND answer_deadline_seconds >= 0),
    CONSTRAINT queue_setting_target_check CHECK (target_service_level BETWEEN 0 AND 1
        AND target_abandon_rate BETWEEN 0 AND 1 AND target_asa_seconds >= 0)
);

-- A refresh finds the span of one load's rows.
CREATE INDEX kpi_contact_load_idx ON contact (load_id);
CREATE INDEX kpi_agent_state_event_load_idx ON agent_state_event (load_id);
