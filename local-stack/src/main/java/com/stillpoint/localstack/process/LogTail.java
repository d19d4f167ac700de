package com.stillpoint.localstack.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file that may be large, reading only its end. */
final class LogTail {

    private static final int MAX_BYTES = 32 * 1024;

    private LogTail() {
    }

    static String of(Path file, int lines) {
        if (!Files.exists(file)) {
            return "(no log file " + file + ")";
        }
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, log.length() - MAX_BYTES);
            byte[] end = new byte[(int) (log.length() - start)];
            log.seek(start);
            log.readFully(end);
            List<String> all = Arrays.asList(new String(end, StandardCharsets.UTF_8).split("\\R"));
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(could not read " + file + ": " + e.getMessage() + ")";
        }
    }
}
