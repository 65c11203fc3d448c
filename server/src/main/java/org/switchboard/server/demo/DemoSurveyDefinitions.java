package org.switchboard.server.demo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.switchboard.engine.voice.Boxes;
import org.switchboard.engine.voice.QuestionKind;
import org.switchboard.server.voice.Audience;
import org.switchboard.server.voice.Question;
import org.switchboard.server.voice.Survey;

/**
 * The demo centre's two surveys, worded in English, Russian and Simplified Chinese: the post-contact survey (CSAT on
 * 1–5, NPS on 0–10, CES on 1–7, each with the default boxes of metrics.md §4) and the monthly staff pulse (eNPS on
 * 0–10 and a workload item on 1–5).
 */
final class DemoSurveyDefinitions {

    /** Code of the post-contact survey. */
    static final String AFTER_CONTACT = "after-contact";

    /** Code of the staff survey. */
    static final String STAFF_PULSE = "staff-pulse";

    private DemoSurveyDefinitions() {}

    /** {@return the post-contact survey} */
    static Survey afterContact() {
        return new Survey(0, AFTER_CONTACT, "After-contact survey", Audience.CUSTOMER, List.of(
                new Question(0, "csat", QuestionKind.CSAT, defaults(QuestionKind.CSAT),
                        "after-contact",
                        Map.of("en", "How satisfied are you with the service you received?",
                                "ru", "Насколько вы довольны полученным обслуживанием?",
                                "zh-CN", "您对本次获得的服务满意吗？"),
                        Map.of("en", points("Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied",
                                        "Very satisfied"),
                                "ru", points("Очень недоволен", "Недоволен", "Нейтрально", "Доволен",
                                        "Очень доволен"),
                                "zh-CN", points("非常不满意", "不满意", "一般", "满意", "非常满意"))),
                new Question(0, "nps", QuestionKind.NPS, defaults(QuestionKind.NPS),
                        "relationship",
                        Map.of("en", "How likely are you to recommend us to a friend or colleague?",
                                "ru", "Насколько вероятно, что вы порекомендуете нас другу или коллеге?",
                                "zh-CN", "您向朋友或同事推荐我们的可能性有多大？"),
                        Map.of()),
                new Question(0, "ces", QuestionKind.CES, defaults(QuestionKind.CES),
                        "after-contact",
                        Map.of("en", "It was easy to resolve my issue.",
                                "ru", "Мне было легко решить свой вопрос.",
                                "zh-CN", "我的问题很容易就得到了解决。"),
                        Map.of("en", Map.of(1, "Strongly disagree", 7, "Strongly agree"),
                                "ru", Map.of(1, "Совершенно не согласен", 7, "Полностью согласен"),
                                "zh-CN", Map.of(1, "非常不同意", 7, "非常同意")))));
    }

    /** {@return the staff survey} */
    static Survey staffPulse() {
        return new Survey(0, STAFF_PULSE, "Staff pulse", Audience.STAFF, List.of(
                new Question(0, "enps", QuestionKind.ENPS, defaults(QuestionKind.ENPS),
                        "employer",
                        Map.of("en", "How likely are you to recommend this contact centre as a place to work?",
                                "ru", "Насколько вероятно, что вы порекомендуете наш контакт-центр как место работы?",
                                "zh-CN", "您向他人推荐本联络中心作为工作场所的可能性有多大？"),
                        Map.of()),
                new Question(0, "workload", QuestionKind.CUSTOM, defaults(QuestionKind.CUSTOM),
                        "workload",
                        Map.of("en", "My workload is manageable.",
                                "ru", "Моя нагрузка посильна.",
                                "zh-CN", "我的工作量是可以承受的。"),
                        Map.of())));
    }

    /** {@return the kind's boxes of metrics.md §4 on its native scale} */
    private static Boxes defaults(QuestionKind kind) {
        return kind.defaultBoxes(kind.nativeScale());
    }

    private static Map<Integer, String> points(String... labels) {
        var map = new TreeMap<Integer, String>();
        for (int k = 0; k < labels.length; k++) {
            map.put(k + 1, labels[k]);
        }
        return map;
    }
}
