/** The SQLite database in the data folder: migrations and repositories. No JavaFX. */
package com.talentfinder.store;
