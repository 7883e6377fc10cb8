/** CSV, XLSX and JSON export and import of freelancers and shortlists. No JavaFX. */
package com.talentfinder.export;
