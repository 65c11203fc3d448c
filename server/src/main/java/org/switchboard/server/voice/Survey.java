package org.switchboard.server.voice;

import static org.switchboard.engine.core.Checks.requireArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A survey and its questions, in the order they are asked.
 *
 * @param id database id; 0 for a definition not stored yet
 * @param code the survey's code, e.g. {@code after-contact}
 * @param name the survey's name
 * @param audience customers or employees
 * @param questions the questions, each code once
 */
public record Survey(long id, String code, String name, Audience audience, List<Question> questions) {

    /**
     * Validates the survey.
     *
     * @throws IllegalArgumentException if the code or name is blank, there is no question, or a question code repeats
     */
    public Survey {
        requireArgument(!code.isBlank() && code.length() <= 64, "a survey code has 1 to 64 characters: '%s'", code);
        requireArgument(!name.isBlank(), "survey %s: a name is required", code);
        requireArgument(!questions.isEmpty(), "survey %s: at least one question is required", code);
        var codes = new HashSet<String>();
        for (var question : questions) {
            requireArgument(codes.add(question.code()), "survey %s: question %s appears twice", code, question.code());
        }
        questions = List.copyOf(questions);
    }

    /** {@return the question with this code, if the survey has it} */
    public Optional<Question> question(String questionCode) {
        return questions.stream().filter(q -> q.code().equals(questionCode)).findFirst();
    }

    /** {@return the same survey with its database id} */
    public Survey withId(long newId) {
        return new Survey(newId, code, name, audience, questions);
    }
}
