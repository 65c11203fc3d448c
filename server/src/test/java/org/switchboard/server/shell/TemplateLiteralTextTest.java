package org.switchboard.server.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No template carries interface text of its own: every text node and every user-visible attribute ({@code title},
 * {@code placeholder}, {@code alt}, {@code aria-label}..., the {@code value} of a submit button) comes from a
 * {@code th:} expression reading the message bundles. A text is literal when it holds a letter; separators such as
 * {@code ·} or {@code —} are allowed. Prototype text inside an element whose body {@code th:text}/{@code th:utext}
 * replaces is allowed too, since it never reaches the user. String literals inside {@code th:text}-like expressions
 * ({@code th:text="'Hello'"}, {@code |Total: ${n}|}) count as literal text. Templates are parsed with jsoup's HTML
 * parser, as they are HTML5 rather than well-formed XML.
 */
class TemplateLiteralTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of(
            "title", "placeholder", "alt", "aria-label", "aria-description", "aria-roledescription",
            "aria-placeholder", "aria-valuetext", "label");

    /** Input types whose {@code value} is the button's caption. */
    private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");

    /** Thymeleaf attributes whose expression becomes visible text. */
    private static final Set<String> TEXT_EXPRESSIONS = Set.of(
            "th:text", "th:utext", "th:title", "th:placeholder", "th:alt", "th:alt-title", "th:aria-label",
            "th:label");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern QUOTED_LITERAL = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");
    private static final Pattern LITERAL_SUBSTITUTION = Pattern.compile("\\|([^|]*)\\|");
    private static final Pattern INLINED_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]");

    static Stream<String> templates() {
        try (var files = Files.walk(TEMPLATES)) {
            var templates = files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> TEMPLATES.relativize(p).toString())
                    .sorted()
                    .toList();
            assertThat(templates).as("templates under %s", TEMPLATES.toAbsolutePath()).isNotEmpty();
            return templates.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void templateHoldsNoLiteralText(String template) throws IOException {
        var html = Files.readString(TEMPLATES.resolve(template), StandardCharsets.UTF_8);
        assertThat(literalTexts(html))
                .as("literal text in templates/%s: move it to i18n/messages*.properties and use th:text=\"#{...}\"",
                        template)
                .isEmpty();
    }

    @Test
    void recognisesLiteralTextAndAcceptsExpressions() {
        var html = """
                <html xmlns:th="http://www.thymeleaf.org"><head><title>Switchboard</title>
                <style>body { color: red }</style><script>let a = "text";</script></head><body>
                <h1 th:text="#{a.b}">Prototype heading</h1>
                <p>Hello <span th:text="${name}"></span></p>
                <span>·</span> <span> — </span> <span>[[#{c.d}]]</span>
                <img src="x.png" alt=""> <img src="x.png" alt="Logo"> <img src="x.png" alt="Logo" th:alt="#{e.f}">
                <input type="submit" value="Send"> <input type="text" value="kept as data" name="q">
                <input placeholder="Search"> <a th:href="@{/}" aria-label="Home"></a>
                <button th:title="${on} ? 'Switch off' : #{g.h}"></button>
                <span th:text="|Total: ${n}|"></span> <span th:text="|${n} · #{i.j}|"></span>
                <span th:classappend="${on} ? 'active'" th:text="#{k.l}"></span>
                </body></html>
                """;
        assertThat(literalTexts(html))
                .containsExactly(
                        "text \"Switchboard\" in <title>",
                        "text \"Hello\" in <p>",
                        "alt=\"Logo\" on <img>",
                        "value=\"Send\" on <input>",
                        "placeholder=\"Search\" on <input>",
                        "aria-label=\"Home\" on <a>",
                        "th:title=\"${on} ? 'Switch off' : #{g.h}\" holds the literal 'Switch off'",
                        "th:text=\"|Total: ${n}|\" holds the literal 'Total: '");
    }

    /** {@return a description of every literal text in a template, in document order} */
    static List<String> literalTexts(String html) {
        var document = Jsoup.parse(html, "", Parser.htmlParser());
        var found = new ArrayList<String>();
        for (Element element : document.getAllElements()) {
            var tag = element.tagName();
            if (!isReplacedOrRemoved(element)) {
                for (TextNode node : element.textNodes()) {
                    var text = node.text().strip();
                    if (hasLetter(INLINED_EXPRESSION.matcher(text).replaceAll(""))) {
                        found.add("text \"" + text + "\" in <" + tag + ">");
                    }
                }
            }
            for (var attribute : element.attributes()) {
                var name = attribute.getKey().toLowerCase(Locale.ROOT);
                var visible = VISIBLE_ATTRIBUTES.contains(name)
                        || (name.equals("value") && element.normalName().equals("input")
                                && BUTTON_INPUTS.contains(element.attr("type").toLowerCase(Locale.ROOT)));
                if (visible && hasLetter(attribute.getValue()) && !isOverridden(element, name)) {
                    found.add(name + "=\"" + attribute.getValue() + "\" on <" + tag + ">");
                }
                if (TEXT_EXPRESSIONS.contains(name)) {
                    literalsInExpression(attribute.getValue()).forEach(literal ->
                            found.add(name + "=\"" + attribute.getValue() + "\" holds the literal '" + literal + "'"));
                }
            }
        }
        return found;
    }

    /** Whether Thymeleaf replaces the element's body (th:text, th:utext) or drops it (th:remove) before output. */
    private static boolean isReplacedOrRemoved(Element element) {
        for (var e = element; e != null; e = e.parent()) {
            if (e.hasAttr("th:text") || e.hasAttr("th:utext")) {
                return true;
            }
            var remove = e.attr("th:remove").strip();
            if (remove.equals("all") || remove.equals("body") || remove.equals("all-but-first")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a th: attribute sets the attribute at render time, so the plain value is only a prototype. */
    private static boolean isOverridden(Element element, String attribute) {
        if (element.hasAttr("th:" + attribute)) {
            return true;
        }
        if ((attribute.equals("alt") || attribute.equals("title")) && element.hasAttr("th:alt-title")) {
            return true;
        }
        var generic = element.attr("th:attr");
        return Pattern.compile("(^|[,\\s])" + Pattern.quote(attribute) + "\\s*=").matcher(generic).find();
    }

    /**
     * Literal texts in a Thymeleaf expression: quoted strings and the fixed parts of {@code |...|} substitutions,
     * once every {@code #{}}, {@code ${}}, {@code *{}}, {@code @{}} and {@code ~{}} has been taken out.
     */
    private static List<String> literalsInExpression(String expression) {
        var outside = withoutExpressions(expression);
        var literals = new ArrayList<String>();
        var substitution = LITERAL_SUBSTITUTION.matcher(outside);
        var rest = new StringBuilder();
        int last = 0;
        while (substitution.find()) {
            if (hasLetter(substitution.group(1))) {
                literals.add(substitution.group(1));
            }
            rest.append(outside, last, substitution.start());
            last = substitution.end();
        }
        rest.append(outside.substring(last));
        var quoted = QUOTED_LITERAL.matcher(rest);
        while (quoted.find()) {
            if (hasLetter(quoted.group(1))) {
                literals.add(quoted.group(1));
            }
        }
        return literals;
    }

    /** {@return the expression with every {@code X{...}} part removed, braces balanced} */
    private static String withoutExpressions(String expression) {
        var out = new StringBuilder();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if ("#$*@~".indexOf(c) >= 0 && i + 1 < expression.length() && expression.charAt(i + 1) == '{') {
                int depth = 0;
                int j = i + 1;
                for (; j < expression.length(); j++) {
                    if (expression.charAt(j) == '{') {
                        depth++;
                    } else if (expression.charAt(j) == '}' && --depth == 0) {
                        break;
                    }
                }
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean hasLetter(String text) {
        return LETTER.matcher(text).find();
    }
}
