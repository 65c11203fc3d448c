package org.switchboard.server.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser without JavaScript for tests against the running server: keeps cookies (one session per instance), asks
 * for HTML, does not follow redirects, and fills forms the way a browser does, hidden CSRF field included.
 */
final class FormClient {

    /** A response: status, redirect target and the page. */
    record Page(int status, Optional<String> location, String body) {

        /** {@return the parsed page} */
        Document document() {
            return Jsoup.parse(body);
        }

        /** {@return the CSRF token of the page's first form with one} */
        String csrfToken() {
            var field = document().selectFirst("form input[name=_csrf]");
            if (field == null) {
                throw new AssertionError("no form with a _csrf field on the page:\n" + body);
            }
            return field.val();
        }
    }

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    FormClient(int port) {
        this.base = URI.create("http://localhost:" + port);
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Page get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Posts the fields as {@code application/x-www-form-urlencoded}, exactly as given (no token is added). */
    Page post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        var body = fields.entrySet().stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form the way a browser submits it: the fields plus the CSRF token of the page the form is on. */
    Page submit(String pagePath, String actionPath, Map<String, String> fields)
            throws IOException, InterruptedException {
        var withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", get(pagePath).csrfToken());
        return post(actionPath, withToken);
    }

    /** Signs in through the login form; returns the answer to the POST (a redirect). */
    Page signIn(String username, String password) throws IOException, InterruptedException {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    /** {@return the current session id, if the server has set one} */
    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Uses a session id from elsewhere, as an attacker who fixed or stole it would. */
    void useSessionId(String sessionId) {
        var cookie = new HttpCookie("JSESSIONID", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
        var response = http.send(
                request.header("Accept", "text/html,application/xhtml+xml").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(response.statusCode(), response.headers().firstValue("Location"), response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
