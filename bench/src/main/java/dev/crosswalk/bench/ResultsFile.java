package dev.crosswalk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** The day's results file of a bench, {@code bench/results/<name>-<date>.md}: each run appends a section. */
final class ResultsFile {
    private ResultsFile() {
    }

    /** Appends "## Run at HH:MM" and the text, starting the file with its title when it is the day's first run. */
    static void append(Path project, String name, String title, String text) throws IOException {
        Path out = project.resolve("bench/results/" + name + "-" + LocalDate.now() + ".md");
        Files.createDirectories(out.getParent());
        String section = "## Run at " + LocalTime.now().truncatedTo(ChronoUnit.MINUTES) + "\n\n" + text;
        if (Files.exists(out)) {
            Files.writeString(out, "\n" + section, StandardOpenOption.APPEND);
        } else {
            Files.writeString(out, "# " + title + ", " + LocalDate.now() + "\n\n" + section);
        }
        System.out.println("appended to " + project.relativize(out));
    }
}
