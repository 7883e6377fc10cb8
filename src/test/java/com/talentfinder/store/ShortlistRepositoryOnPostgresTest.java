package com.talentfinder.store;

import com.talentfinder.testing.TeamDatabaseServer;
import java.nio.file.Path;

/** Every test of {@link ShortlistRepositoryTest} on the team database: a fresh PostgreSQL database each. */
class ShortlistRepositoryOnPostgresTest extends ShortlistRepositoryTest {

    @Override
    Database openDatabase(Path folder) {
        return TeamDatabaseServer.openFresh();
    }
}
