package com.talentfinder.store;

import com.talentfinder.testing.TeamDatabaseServer;
import java.nio.file.Path;

/** Every test of {@link ShortlistPagingTest} on the team database: a fresh PostgreSQL database each. */
class ShortlistPagingOnPostgresTest extends ShortlistPagingTest {

    @Override
    Database openDatabase(Path folder) {
        return TeamDatabaseServer.openFresh();
    }
}
