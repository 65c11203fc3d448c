package org.switchboard.bench.kpi;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A small HTTP load client for one page of a running Switchboard: signs in once through the login form, as a browser
 * does, then sends {@code requests} GETs with that session from {@code concurrency} threads after {@code warmup}
 * unmeasured ones, and prints the response-time percentiles (nearest rank), the throughput and the number of answers
 * other than 200. On the server's own machine (localhost) the response time is the server time plus a loopback round
 * trip. It does not use HTTP Basic: Basic authentication checks the password hash (bcrypt) on every request, about
 * 50–100 ms of CPU, which would be measured instead of the page. The first request of a fresh server or of new data
 * pays for reading the facts (the dashboard caches its figures until the next import); it is printed apart.
 *
 * <p>Run ({@code docs/performance.md}, section "KPI dashboard"):
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar org.switchboard.bench.kpi.DashboardLoad \
 *     "http://localhost:8080/kpis?period=custom&amp;from=2025-01-06&amp;to=2026-01-04" manager switchboard 500 4 20
 * </pre>
 */
public final class DashboardLoad {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private DashboardLoad() {}

    /**
     * Runs the load.
     *
     * @param args URL, user, password, requests, concurrency, warm-up requests
     * @throws Exception if the server cannot be reached
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: DashboardLoad URL USER PASSWORD REQUESTS CONCURRENCY WARMUP");
            System.exit(2);
        }
        var uri = URI.create(args[0]);
        int requests = Integer.parseInt(args[3]);
        int concurrency = Integer.parseInt(args[4]);
        int warmup = Integer.parseInt(args[5]);
        var client = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        signIn(client, uri.resolve("/login"), args[1], args[2]);
        var request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();

        long first = timed(client, request, new AtomicInteger());
        System.out.printf("first request: %.1f ms%n", first / 1e6);
        var failures = new AtomicInteger();
        for (int i = 0; i < warmup; i++) {
            timed(client, request, failures);
        }
        long[] nanos = new long[requests];
        var next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        nanos[i] = timed(client, request, failures);
                    }
                    return null;
                }));
            }
            for (var worker : workers) {
                worker.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        System.out.printf("requests: %d, concurrency: %d, answers other than 200: %d, throughput: %.1f/s%n",
                requests, concurrency, failures.get(), requests / seconds);
        System.out.printf("response time ms: p50 %.1f, p90 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
                rank(nanos, 0.50), rank(nanos, 0.90), rank(nanos, 0.95), rank(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6);
    }

    /** Signs in through the login form (CSRF token from the form); the client's cookie manager keeps the session. */
    private static void signIn(HttpClient client, URI login, String user, String password)
            throws IOException, InterruptedException {
        var form = client.send(HttpRequest.newBuilder(login).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        var token = CSRF.matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token in the login form at " + login);
        }
        var body = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        var answer = client.send(HttpRequest.newBuilder(login)
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        var location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in as " + user + " refused: " + answer.statusCode() + " " + location);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long timed(HttpClient client, HttpRequest request, AtomicInteger failures)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        var response = client.send(request, HttpResponse.BodyHandlers.discarding());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            failures.incrementAndGet();
        }
        return elapsed;
    }

    /** {@return the nearest-rank percentile q of sorted times, in milliseconds} */
    private static double rank(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
