/** Immutable records of the product's vocabulary. No I/O, no JavaFX. */
package com.talentfinder.domain;
