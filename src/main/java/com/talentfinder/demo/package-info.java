/** The embedded demo source: a deterministic offline dataset served over loopback HTTP. No JavaFX. */
package com.talentfinder.demo;
