package org.switchboard.server.operations;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every capability shares: the clock and the OpenAPI description of the REST API. */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OpenAPI switchboardOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Switchboard REST API")
                        .description("Contact-centre operations: interactions, KPIs, customer voice, WFM. "
                                + "Every operation needs a signed-in session or HTTP Basic credentials and the role "
                                + "named in its description.")
                        .version("v1")
                        .license(new License().name("Apache-2.0")));
    }
}
