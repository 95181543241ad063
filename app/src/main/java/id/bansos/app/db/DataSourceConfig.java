package id.bansos.app.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's one connection pool, on the external PostgreSQL when named, else on the embedded one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
public class DataSourceConfig {

    /** Where the database is: external, or the embedded server this process started or joined. */
    @Bean(destroyMethod = "close")
    DatabaseLocation databaseLocation(DatabaseProperties properties) {
        if (properties.external()) {
            return new DatabaseLocation(properties.url(), properties.user(), properties.password(), null);
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.startOrJoin(properties.embedded().dir(),
                properties.embedded().port());
        return new DatabaseLocation(embedded.jdbcUrl(), "postgres", "", embedded);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseLocation location, DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("bansos");
        config.setJdbcUrl(location.url());
        config.setUsername(location.user());
        config.setPassword(location.password());
        config.setMaximumPoolSize(properties.poolSize());
        config.setAutoCommit(true);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "bansos-ledger");
        return new HikariDataSource(config);
    }

    /** A resolved database: URL and credentials, and the embedded server if one is used. */
    public record DatabaseLocation(String url, String user, String password, EmbeddedDatabase embedded)
            implements AutoCloseable {
        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }

        /** A short description for logs and the start banner, without credentials. */
        public String describe() {
            return embedded == null ? "external PostgreSQL " + url
                    : (embedded.owner() ? "embedded PostgreSQL " : "embedded PostgreSQL (joined) ") + url;
        }
    }

}
