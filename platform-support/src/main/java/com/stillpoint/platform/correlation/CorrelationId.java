package com.stillpoint.platform.correlation;

import org.slf4j.MDC;

import java.util.Optional;

/**
 * One id follows a piece of work from the REST request, through every Kafka hop, to the provider call, so its
 * log lines can be found together. It lives in the logging MDC while the work runs.
 */
public final class CorrelationId {

    public static final String MDC_KEY = "correlationId";
    public static final String HTTP_HEADER = "X-Correlation-Id";
    public static final String KAFKA_HEADER = "ce_correlationid";

    private CorrelationId() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    /**
     * Makes {@code id} the current correlation id until the returned scope closes, which brings back the id that
     * was current before. An id that is missing or not well formed changes nothing.
     */
    public static Scope resume(String id) {
        String before = MDC.get(MDC_KEY);
        if (!isWellFormed(id)) {
            return () -> {
            };
        }
        MDC.put(MDC_KEY, id);
        return () -> {
            if (before == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, before);
            }
        };
    }

    /** A stretch of work under one correlation id. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {

        @Override
        void close();
    }

    /** Accepts an incoming id only if it looks like one, so a header cannot smuggle text into the logs. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && candidate.matches("[A-Za-z0-9._-]{8,64}");
    }
}
