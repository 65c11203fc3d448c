-- The demo's survey answers of V003 are retired: customer-voice data lives in the voice_* tables (V011, V013), which
-- the demo fills through the survey importer. Nothing reads or writes survey_answer any more.
-- data_load.survey_answers stays (always 0 from now on).
DROP TABLE survey_answer;
