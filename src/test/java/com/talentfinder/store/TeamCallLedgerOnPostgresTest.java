package com.talentfinder.store;

import com.talentfinder.testing.TeamDatabaseServer;
import java.nio.file.Path;

/** Every test of {@link TeamCallLedgerTest} on the team database: a fresh PostgreSQL database each. */
class TeamCallLedgerOnPostgresTest extends TeamCallLedgerTest {

    @Override
    Database openDatabase(Path folder) {
        return TeamDatabaseServer.openFresh();
    }
}
