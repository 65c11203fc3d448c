package org.switchboard.server.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.switchboard.engine.demo.DemoDataSet;
import org.switchboard.engine.demo.SurveyAnswer;
import org.switchboard.server.audit.AuditLog;
import org.switchboard.server.interactions.RejectPolicy;
import org.switchboard.server.voice.ColumnMapping;
import org.switchboard.server.voice.ColumnMappings;
import org.switchboard.server.voice.SurveyCatalogue;
import org.switchboard.server.voice.SurveyImportOutcome;
import org.switchboard.server.voice.SurveyImportRequest;
import org.switchboard.server.voice.SurveyImporter;

/**
 * The demo's survey data, loaded the way a user would: the two surveys ({@link DemoSurveyDefinitions}) and their
 * column mappings {@code demo} are defined, the generator's answers are written to {@code survey-responses.csv} (one
 * line per response, with a language and, for about one response in three, a comment in that language) and an
 * anonymous staff pulse per agent and month to {@code staff-pulse.csv}, and both files go through the
 * {@link SurveyImporter} with policy reject-file. Answer languages: about 60 % English, 25 % Russian, 15 % Chinese.
 */
@Component
class DemoSurveys {

    /** The responses file in the demo folder. */
    static final String RESPONSES_FILE = "survey-responses.csv";

    /** The staff-pulse file in the demo folder. */
    static final String STAFF_FILE = "staff-pulse.csv";

    private static final String MAPPING = "demo";

    private static final Map<String, List<List<String>>> COMMENTS = Map.of(
            "en", List.of(
                    List.of("Waited far too long and was passed between departments.",
                            "Nobody solved my problem, I will have to call again.",
                            "The agent did not listen to me."),
                    List.of("It was fine, but the hold music was too loud.",
                            "OK in the end, although it took two calls."),
                    List.of("Quick and friendly, thank you!",
                            "The agent knew exactly what to do.",
                            "Excellent service, solved in one call.")),
            "ru", List.of(
                    List.of("Слишком долго ждал, меня переводили между отделами.",
                            "Проблему так и не решили, придётся звонить снова.",
                            "Оператор меня не слушал."),
                    List.of("В целом нормально, но музыка ожидания слишком громкая.",
                            "В итоге всё решили, хотя понадобилось два звонка."),
                    List.of("Быстро и вежливо, спасибо!",
                            "Оператор точно знал, что делать.",
                            "Отличный сервис, решили с первого звонка.")),
            "zh-CN", List.of(
                    List.of("等待时间太长，还被转来转去。",
                            "问题没有解决，我还得再打一次电话。",
                            "客服没有认真听我说话。"),
                    List.of("总体还行，但等待音乐太吵了。",
                            "最后解决了，不过打了两次电话。"),
                    List.of("又快又友好，谢谢！",
                            "客服很清楚该怎么处理。",
                            "服务很好，一次就解决了。")));

    private static final Map<String, List<String>> STAFF_COMMENTS = Map.of(
            "en", List.of("More training on the new billing system, please.", "Breaks are too short on Mondays."),
            "ru", List.of("Нужно больше обучения по новой биллинговой системе.", "По понедельникам перерывы слишком короткие."),
            "zh-CN", List.of("希望多一些新计费系统的培训。", "周一的休息时间太短了。"));

    private final SurveyCatalogue catalogue;
    private final ColumnMappings mappings;
    private final SurveyImporter importer;
    private final ZoneId zone;

    DemoSurveys(SurveyCatalogue catalogue, ColumnMappings mappings, SurveyImporter importer,
            @Value("${switchboard.time-zone:UTC}") ZoneId zone) {
        this.catalogue = catalogue;
        this.mappings = mappings;
        this.importer = importer;
        this.zone = zone;
    }

    /**
     * Defines the surveys, writes the two files and imports them.
     *
     * @param data the generated data set
     * @param folder the demo folder
     * @param seed the demo's seed, for languages, comments and staff answers
     * @return the outcomes of the customer and the staff file
     * @throws IllegalStateException if a file is refused (a defect of this class)
     */
    List<SurveyImportOutcome> load(DemoDataSet data, Path folder, long seed) {
        var customer = catalogue.define(DemoSurveyDefinitions.afterContact());
        var staff = catalogue.define(DemoSurveyDefinitions.staffPulse());
        var customerMapping = mapping(Map.of("csat", "csat", "nps", "nps", "ces", "ces"), "contact_id", "");
        var staffMapping = mapping(Map.of("enps", "enps", "workload", "workload"), "", "team");
        mappings.save(customer.id(), customerMapping, AuditLog.SYSTEM_ACTOR);
        mappings.save(staff.id(), staffMapping, AuditLog.SYSTEM_ACTOR);
        var random = new SplittableRandom(seed);
        writeResponses(data.surveyAnswers(), folder.resolve(RESPONSES_FILE), random);
        writeStaff(data, folder.resolve(STAFF_FILE), random);
        return List.of(
                importFile(DemoSurveyDefinitions.AFTER_CONTACT, customerMapping, folder.resolve(RESPONSES_FILE)),
                importFile(DemoSurveyDefinitions.STAFF_PULSE, staffMapping, folder.resolve(STAFF_FILE)));
    }

    private static ColumnMapping mapping(Map<String, String> answers, String contactColumn, String teamColumn) {
        return new ColumnMapping(MAPPING, "response_id", "answered_at", ColumnMapping.ISO_PATTERN, contactColumn, "",
                "", "language", teamColumn, "comment", answers);
    }

    private SurveyImportOutcome importFile(String survey, ColumnMapping mapping, Path path) {
        var request = new SurveyImportRequest(survey, DemoDataLoader.SOURCE, path.getFileName().toString(),
                Optional.of(mapping), Optional.of(zone), RejectPolicy.REJECT_FILE, AuditLog.SYSTEM_ACTOR);
        try (var in = Files.newInputStream(path)) {
            var outcome = importer.importFile(request, in);
            if (!outcome.imported()) {
                throw new IllegalStateException("the demo file " + path + " was refused: " + outcome.summary()
                        + ", first problems " + outcome.problems());
            }
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo file " + path, e);
        }
    }

    private static void writeResponses(List<SurveyAnswer> answers, Path path, SplittableRandom random) {
        var responses = new TreeMap<String, List<SurveyAnswer>>();
        answers.forEach(answer -> responses.computeIfAbsent(answer.responseId(), id -> new ArrayList<>()).add(answer));
        try (var out = CsvWriter.builder().build(path, StandardCharsets.UTF_8)) {
            out.writeRecord("response_id", "answered_at", "contact_id", "language", "csat", "nps", "ces", "comment");
            for (var response : responses.values()) {
                var first = response.getFirst();
                var language = language(random);
                var values = new TreeMap<String, String>();
                response.forEach(a -> values.put(a.metric().name(), Integer.toString(a.value())));
                var csat = values.getOrDefault("CSAT", "");
                var comment = !csat.isEmpty() && random.nextInt(3) == 0
                        ? pick(COMMENTS.get(language).get(band(Integer.parseInt(csat))), random) : "";
                out.writeRecord(first.responseId(), first.answeredAt().toString(), first.contactId(), language, csat,
                        values.getOrDefault("NPS", ""), values.getOrDefault("CES", ""), comment);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /**
     * One anonymous staff response per agent and month of the data; the answers come from a team-level mood so that
     * teams differ, and about one in four carries a comment.
     */
    private void writeStaff(DemoDataSet data, Path path, SplittableRandom random) {
        var months = new TreeSet<LocalDate>();
        data.surveyAnswers().forEach(a -> months.add(a.answeredAt().atZone(zone).toLocalDate().withDayOfMonth(1)));
        var teamMood = new TreeMap<String, Integer>();
        data.teams().forEach(team -> teamMood.put(team.id(), random.nextInt(-2, 3)));
        try (var out = CsvWriter.builder().build(path, StandardCharsets.UTF_8)) {
            out.writeRecord("response_id", "answered_at", "team", "language", "enps", "workload", "comment");
            int serial = 0;
            for (var month : months) {
                for (var agent : data.agents()) {
                    int mood = teamMood.getOrDefault(agent.teamId(), 0);
                    int enps = Math.clamp(random.nextInt(4, 11) + mood, 0, 10);
                    int workload = Math.clamp(random.nextInt(1, 6) + Integer.signum(mood), 1, 5);
                    var language = language(random);
                    var comment = random.nextInt(4) == 0 ? pick(STAFF_COMMENTS.get(language), random) : "";
                    out.writeRecord("S" + (++serial), month.plusDays(14).atStartOfDay().toString(), agent.teamId(),
                            language, Integer.toString(enps), Integer.toString(workload), comment);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    private static String language(SplittableRandom random) {
        int draw = random.nextInt(20);
        return draw < 12 ? "en" : draw < 17 ? "ru" : "zh-CN";
    }

    private static int band(int csat) {
        return csat <= 2 ? 0 : csat == 3 ? 1 : 2;
    }

    private static String pick(List<String> texts, SplittableRandom random) {
        return texts.get(random.nextInt(texts.size()));
    }
}
