package vn.thidua.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatabaseMigrationsTest {

    @Test
    void theMigrationAccountConnectsToTheDatasourcesDatabaseWithoutItsCredentials() {
        assertEquals("jdbc:mariadb://127.0.0.1:3317/thidua", DatabaseMigrations.withoutCredentials(
                "jdbc:mariadb://127.0.0.1:3317/thidua?user=thidua_app&password=secret"));
        assertEquals("jdbc:mariadb://db:3306/thidua?createDatabaseIfNotExist=true&sslMode=verify-full",
                DatabaseMigrations.withoutCredentials("jdbc:mariadb://db:3306/thidua?createDatabaseIfNotExist=true"
                        + "&USER=thidua&sslMode=verify-full&Password=x"));
        assertEquals("jdbc:mariadb://db/thidua", DatabaseMigrations.withoutCredentials("jdbc:mariadb://db/thidua"));
    }
}
