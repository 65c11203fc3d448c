package org.switchboard.server.voice.api;

import java.util.List;
import org.switchboard.server.voice.Survey;

/**
 * A survey in the REST API.
 *
 * @param code the survey's code
 * @param name its name
 * @param audience {@code CUSTOMER} or {@code STAFF}
 * @param questions its questions in order
 */
public record SurveyJson(String code, String name, String audience, List<QuestionDefinitionJson> questions) {

    /** {@return the survey in the API's form} */
    static SurveyJson of(Survey survey) {
        return new SurveyJson(survey.code(), survey.name(), survey.audience().name(), survey.questions().stream()
                .map(q -> new QuestionDefinitionJson(q.code(), q.kind().name(), q.scale().toString(),
                        q.boxes().top().toString(), q.boxes().bottom().toString(), q.touchpoint()))
                .toList());
    }

    /**
     * A question's definition.
     *
     * @param code the question code
     * @param kind what it measures
     * @param scale e.g. {@code 1-5}
     * @param top the top box, e.g. {@code 4..5}
     * @param bottom the bottom box
     * @param touchpoint the touchpoint or journey step
     */
    public record QuestionDefinitionJson(String code, String kind, String scale, String top, String bottom,
            String touchpoint) {}
}
