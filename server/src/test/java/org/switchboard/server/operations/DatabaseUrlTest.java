package org.switchboard.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock = """
            jdbc:postgresql://db:5432/switchboard                          | jdbc:postgresql://db:5432/switchboard
            jdbc:postgresql://db/sb?user=sb&password=s3cret&ssl=true       | jdbc:postgresql://db/sb?user=sb&password=***&ssl=true
            jdbc:postgresql://db/sb?password=s3cret                        | jdbc:postgresql://db/sb?password=***
            jdbc:postgresql://db/sb?sslmode=verify-full&sslpassword=k3y    | jdbc:postgresql://db/sb?sslmode=verify-full&sslpassword=***
            jdbc:mysql://sb:s3cret@db:3306/sb                              | jdbc:mysql://sb:***@db:3306/sb
            jdbc:postgresql://sb@db/sb                                     | jdbc:postgresql://sb@db/sb
            jdbc:h2:file:./data/switchboard;USER=sa;PASSWORD=s3cret;MODE=X | jdbc:h2:file:./data/switchboard;USER=sa;PASSWORD=***;MODE=X
            jdbc:sqlserver://db:1433;databaseName=sb;pwd=s3cret            | jdbc:sqlserver://db:1433;databaseName=sb;pwd=***
            jdbc:postgresql://[::1]:5432/sb                                | jdbc:postgresql://[::1]:5432/sb
            """)
    void masksEveryPasswordAndKeepsTheRest(String url, String expected) {
        assertThat(DatabaseUrl.withoutPassword(url)).isEqualTo(expected).doesNotContain("s3cret", "k3y");
    }
}
