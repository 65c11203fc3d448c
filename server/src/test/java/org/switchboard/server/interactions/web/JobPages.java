package org.switchboard.server.interactions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Follows an upload job's page in the tests: polls its progress fragment as the page does, until the job ends. */
final class JobPages {

    private JobPages() {}

    /** {@return the job's fragment once it is no longer running; fails unless the job finished (rather than failed)} */
    static Document awaitFinished(MockMvc mvc, String job, RequestPostProcessor user) {
        var fragment = new AtomicReference<Document>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            fragment.set(Jsoup.parse(mvc.perform(get(job + "/progress").with(user)).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)));
            return !"RUNNING".equals(fragment.get().select("#job-progress").attr("data-state"));
        });
        assertThat(fragment.get().select("#job-progress").attr("data-state")).isEqualTo("FINISHED");
        return fragment.get();
    }

    /** {@return the id of the load a finished job's fragment links to} */
    static long loadOf(Document finished) {
        var href = finished.select("a[href^=/interactions/loads/]").first().attr("href");
        return Long.parseLong(href.replaceAll("\\D+", ""));
    }
}
