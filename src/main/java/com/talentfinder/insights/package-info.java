/** Market insights computed over many searches (rates by location, demand over time). No JavaFX. */
package com.talentfinder.insights;
