/** Configuration and the wiring of non-UI services, shared by the window and the command line. No JavaFX. */
package com.talentfinder.app;
