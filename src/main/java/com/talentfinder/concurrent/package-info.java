/**
 * Plumbing shared by store and export that is about threads, not about data: {@link HandOff}. Depends on nothing
 * of ours. No JavaFX.
 */
package com.talentfinder.concurrent;
