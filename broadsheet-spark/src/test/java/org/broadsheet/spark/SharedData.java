package org.broadsheet.spark;

import java.nio.file.Path;

/** The team's read-only data: $BROADSHEET_SHARED, else ../shared beside the checkout (as CI lays it out). */
final class SharedData {

    private SharedData() {
    }

    static Path dir() {
        String env = System.getenv("BROADSHEET_SHARED");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("../../shared");
    }
}
