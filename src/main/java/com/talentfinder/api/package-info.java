/** The parse.bot client: HTTP, JSON mapping into domain records, URL safety, typed errors. No JavaFX. */
package com.talentfinder.api;
