/**
 * Several people on one database (issue 16): versioned entry edits with a per-field merge, conflicts with both
 * values, per-member ratings on a team list, live updates from the store's change feed, and staying honest when
 * the team server is away (state, reconnect, edits kept and sent on reconnect). No JavaFX.
 */
package com.talentfinder.app.sync;
