package org.switchboard.server.interactions;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Lets the PostgreSQL driver rewrite batched INSERTs into multi-row INSERTs ({@code reWriteBatchedInserts=true}, a
 * documented pgJDBC connection property), which the import's batches need for their throughput. Applies to a Hikari
 * pool on a {@code jdbc:postgresql:} URL before its first connection, unless the URL or the pool sets the property
 * already; other databases are left alone.
 */
@Component
class PostgresBatchInserts implements BeanPostProcessor {

    static final String PROPERTY = "reWriteBatchedInserts";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            apply(pool);
        }
        return bean;
    }

    static void apply(HikariDataSource pool) {
        var url = pool.getJdbcUrl();
        if (url != null
                && url.startsWith("jdbc:postgresql:")
                && !url.contains(PROPERTY)
                && !pool.getDataSourceProperties().containsKey(PROPERTY)) {
            pool.addDataSourceProperty(PROPERTY, "true");
        }
    }
}
