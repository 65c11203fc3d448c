-- The scheduling rules become editable under /schedules/rules (issue 7): the objective's weights get a table of their
-- own (one row, id 1), and the rules the planning used before they could be edited are stored here, so that a
-- database without rules plans exactly as before: shift template 'Day 8.5 h' (starts 07:00-12:00 every 30 minutes,
-- 510 minutes long, a paid 15-minute break 60 minutes after the start at the earliest and 360 before the end at the
-- latest, an unpaid 30-minute lunch 180 / 210, a paid 15-minute break 330 / 60, at least 60 minutes of work between
-- breaks: 8 paid hours), contract 'Full time' (24-40 paid hours and at most 5 shifts a week, 2 days off not
-- necessarily consecutive, 11 hours of rest as in the EU Working Time Directive, at most 6 days in a row, no night
-- shifts), and weights 10 per under-staffed agent-hour, 1 per over-staffed agent-hour, 0.5 per paid hour. A database
-- that already holds a template or a contract keeps its own.

CREATE TABLE schedule_weights (
    id                INTEGER          NOT NULL PRIMARY KEY,
    understaffed_hour DOUBLE PRECISION NOT NULL,
    overstaffed_hour  DOUBLE PRECISION NOT NULL,
    paid_hour         DOUBLE PRECISION NOT NULL,
    CONSTRAINT schedule_weights_single_row CHECK (id = 1),
    CONSTRAINT schedule_weights_check CHECK (understaffed_hour >= 0 AND overstaffed_hour >= 0 AND paid_hour >= 0)
);

INSERT INTO schedule_weights (id, understaffed_hour, overstaffed_hour, paid_hour) VALUES (1, 10, 1, 0.5);

INSERT INTO schedule_shift_template (name, start_earliest_min, start_latest_min, start_step_minutes, lengths_minutes,
                                     min_gap_minutes)
SELECT 'Day 8.5 h', 420, 720, 30, '510', 60 FROM schedule_weights
WHERE NOT EXISTS (SELECT 1 FROM schedule_shift_template);

-- the default template's breaks, unless the template has breaks already
INSERT INTO schedule_break_rule (template_id, position, length_minutes, paid, earliest_after_start, latest_before_end)
SELECT t.id, r.position, r.length_minutes, r.paid, r.earliest_after_start, r.latest_before_end
FROM schedule_shift_template t
CROSS JOIN (SELECT 0 AS position, 15 AS length_minutes, TRUE AS paid, 60 AS earliest_after_start,
                   360 AS latest_before_end FROM schedule_weights
            UNION ALL SELECT 1, 30, FALSE, 180, 210 FROM schedule_weights
            UNION ALL SELECT 2, 15, TRUE, 330, 60 FROM schedule_weights) r
WHERE t.name = 'Day 8.5 h' AND NOT EXISTS (SELECT 1 FROM schedule_break_rule b WHERE b.template_id = t.id);

INSERT INTO schedule_contract (name, min_hours_per_week, max_hours_per_week, min_shifts_per_week, max_shifts_per_week,
                               days_off_per_week, consecutive_days_off, min_rest_hours, max_consecutive_days,
                               max_night_shifts)
SELECT 'Full time', 24, 40, 0, 5, 2, FALSE, 11, 6, 0 FROM schedule_weights
WHERE NOT EXISTS (SELECT 1 FROM schedule_contract);
