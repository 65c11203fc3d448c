package org.switchboard.server.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.switchboard.engine.voice.QuestionKind;

/**
 * Not a test: fills a database with the answer counts of N customer responses for the load test of the metrics
 * endpoint ({@code docs/performance.md}, section "Customer voice"). It runs only when chosen by name and given a number
 * of responses:
 *
 * <pre>
 * ./mvnw -o -q -pl server -am test -Dtest=VoiceBenchmarkFill -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dswitchboard.bench.voice-responses=10000000 -Dswitchboard.bench.data=/tmp/voice-bench
 * </pre>
 *
 * The survey {@code bench} (CSAT 1–5, NPS 0–10 in 40 % of responses, CES 1–7) gets N responses spread evenly over the
 * twelve months of 2025, 512 agents in 64 teams, 10 queues (each agent serves two, each queue one channel). The
 * responses are drawn here and counted into {@code voice_answer_count} rows, the table every page and the metrics
 * endpoint read: the same rows the importer's rebuild makes from stored responses, without storing the 10 million
 * responses themselves (the read path is what the 300 ms target is about; the import path is not measured here). The
 * H2 database goes to {@code <switchboard.bench.data>/switchboard.mv.db} with the demo users (password
 * {@code switchboard}) and the one-week demo; {@code -Dswitchboard.bench.datasource.url=jdbc:postgresql://…} fills
 * PostgreSQL instead.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
            "switchboard.data-dir=${switchboard.bench.data:target/voice-bench}",
            "spring.datasource.url=${switchboard.bench.datasource.url:jdbc:h2:file:${switchboard.bench.data:target/voice-bench}/switchboard;DB_CLOSE_ON_EXIT=FALSE}",
            "spring.datasource.username=${switchboard.bench.datasource.username:sa}",
            "spring.datasource.password=${switchboard.bench.datasource.password:}",
            "switchboard.demo.enabled=true",
            "switchboard.demo.weeks=1"
        })
@EnabledIfSystemProperty(named = "switchboard.bench.voice-responses", matches = "[1-9][0-9]*")
class VoiceBenchmarkFill {

    /** Agents of the centre. */
    static final int AGENTS = 512;

    /** Agents per team. */
    static final int TEAM_SIZE = 8;

    /** Queues; queue k is on channel k mod 4. */
    static final int QUEUES = 10;

    private static final String[] CHANNELS = {"VOICE", "CHAT", "EMAIL", "MESSENGER"};

    /** Answer weights of CSAT 1..5, NPS 0..10 and CES 1..7: a typical, left-skewed centre. */
    private static final double[] CSAT = {0.06, 0.05, 0.12, 0.32, 0.45};
    private static final double[] NPS = {0.03, 0.01, 0.02, 0.02, 0.03, 0.06, 0.06, 0.12, 0.2, 0.2, 0.25};
    private static final double[] CES = {0.04, 0.04, 0.07, 0.1, 0.2, 0.3, 0.25};

    private static final Logger log = LoggerFactory.getLogger(VoiceBenchmarkFill.class);

    @Autowired
    SurveyCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${switchboard.bench.voice-responses}")
    long responses;

    @Test
    void fill() {
        var survey = catalogue.define(new Survey(0, "bench", "Benchmark survey", Audience.CUSTOMER, List.of(
                question("csat", QuestionKind.CSAT), question("nps", QuestionKind.NPS),
                question("ces", QuestionKind.CES))));
        long started = System.nanoTime();
        var counts = new HashMap<Key, long[]>();
        var random = new SplittableRandom(20_250_101L);
        for (long r = 0; r < responses; r++) {
            int month = random.nextInt(12);
            int agent = random.nextInt(AGENTS);
            int queue = (agent + random.nextInt(2) * 5) % QUEUES;
            count(counts, survey.questions().get(0).id(), month, agent, queue, draw(CSAT, random, 1));
            if (random.nextInt(10) < 4) {
                count(counts, survey.questions().get(1).id(), month, agent, queue, draw(NPS, random, 0));
            }
            count(counts, survey.questions().get(2).id(), month, agent, queue, draw(CES, random, 1));
        }
        var rows = new ArrayList<Object[]>(counts.size());
        counts.forEach((key, n) -> rows.add(new Object[] {key.question(), LocalDate.of(2025, key.month() + 1, 1),
            String.format("q%02d", key.queue()), CHANNELS[key.queue() % CHANNELS.length],
            String.format("T%02d", key.agent() / TEAM_SIZE), String.format("A%03d", key.agent()), key.answer(),
            n[0]}));
        jdbc.batchUpdate("""
                INSERT INTO voice_answer_count (question_id, answered_month, queue, channel, team, agent_id, answer,
                                                responses)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        long total = jdbc.queryForObject("SELECT SUM(c.responses) FROM voice_answer_count c JOIN voice_question q"
                + " ON q.id = c.question_id WHERE q.survey_id = ? AND q.code = 'csat'", Long.class, survey.id());
        assertThat(total).isEqualTo(responses);
        log.info("Voice benchmark filled: {} responses as {} answer-count rows in {} s", responses, rows.size(),
                (System.nanoTime() - started) / 1_000_000_000);
    }

    private static void count(Map<Key, long[]> counts, long question, int month, int agent, int queue, int answer) {
        counts.computeIfAbsent(new Key(question, month, agent, queue, answer), k -> new long[1])[0]++;
    }

    private static int draw(double[] weights, SplittableRandom random, int lowest) {
        double u = random.nextDouble();
        for (int k = 0; k < weights.length; k++) {
            u -= weights[k];
            if (u < 0) {
                return lowest + k;
            }
        }
        return lowest + weights.length - 1;
    }

    private static Question question(String code, QuestionKind kind) {
        return new Question(0, code, kind, kind.defaultBoxes(kind.nativeScale()), "after-contact", Map.of(), Map.of());
    }

    private record Key(long question, int month, int agent, int queue, int answer) {}
}
