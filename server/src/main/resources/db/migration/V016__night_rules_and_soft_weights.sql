-- The rules editor learns the engine's night rules and soft-goal weights (issue 7). Night rules of a stored contract:
-- the most night shifts on consecutive days and the least rest in hours after a night shift. Soft weights: the cost
-- of one unmet wish (start time or day off), of one weekend and of one late shift of deviation from the fair share.
-- Existing rows keep today's behaviour: a contract gets the engine's defaults, which add no rule beyond the others
-- (max_consecutive_nights = max_consecutive_days, min_rest_after_night_hours = min_rest_hours); the weights get the
-- engine's default soft weights (Weights.withDefaultSoftGoals: preference_miss = 0.25 x paid_hour,
-- weekend_fairness = 0.5 x paid_hour, late_shift_fairness = 0.25 x paid_hour), the same values the command line
-- applies when RULES.json leaves them out, so that a stored rule set plans as its downloaded RULES.json does.
-- Columns are added nullable, filled, then made NOT NULL (portable H2 / PostgreSQL).

ALTER TABLE schedule_contract ADD COLUMN max_consecutive_nights INTEGER;
ALTER TABLE schedule_contract ADD COLUMN min_rest_after_night_hours DOUBLE PRECISION;

UPDATE schedule_contract
SET max_consecutive_nights = max_consecutive_days, min_rest_after_night_hours = min_rest_hours;

ALTER TABLE schedule_contract ALTER COLUMN max_consecutive_nights SET NOT NULL;
ALTER TABLE schedule_contract ALTER COLUMN min_rest_after_night_hours SET NOT NULL;
ALTER TABLE schedule_contract ADD CONSTRAINT schedule_contract_night_rules_check
    CHECK (max_consecutive_nights >= 1 AND min_rest_after_night_hours >= min_rest_hours
           AND min_rest_after_night_hours <= 48);

ALTER TABLE schedule_weights ADD COLUMN preference_miss DOUBLE PRECISION;
ALTER TABLE schedule_weights ADD COLUMN weekend_fairness DOUBLE PRECISION;
ALTER TABLE schedule_weights ADD COLUMN late_shift_fairness DOUBLE PRECISION;

UPDATE schedule_weights
SET preference_miss = 0.25 * paid_hour, weekend_fairness = 0.5 * paid_hour, late_shift_fairness = 0.25 * paid_hour;

ALTER TABLE schedule_weights ALTER COLUMN preference_miss SET NOT NULL;
ALTER TABLE schedule_weights ALTER COLUMN weekend_fairness SET NOT NULL;
ALTER TABLE schedule_weights ALTER COLUMN late_shift_fairness SET NOT NULL;
ALTER TABLE schedule_weights ADD CONSTRAINT schedule_weights_soft_check
    CHECK (preference_miss >= 0 AND weekend_fairness >= 0 AND late_shift_fairness >= 0);
