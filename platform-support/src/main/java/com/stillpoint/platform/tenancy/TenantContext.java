package com.stillpoint.platform.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The chain the current thread works for. It is bound only by trusted edges: the staff token, a client link,
 * the public booking page's chain, or an event's envelope. Data access reads it here, never from a request body.
 */
public final class TenantContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<String> chainId() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static String requireChainId() {
        String chainId = CURRENT.get();
        if (chainId == null) {
            throw new IllegalStateException("No chain is bound to this thread; tenant data cannot be touched");
        }
        return chainId;
    }

    public static <T> T callAs(String chainId, Supplier<T> work) {
        try (Scope ignored = bind(chainId)) {
            return work.get();
        }
    }

    public static void runAs(String chainId, Runnable work) {
        try (Scope ignored = bind(chainId)) {
            work.run();
        }
    }

    /** Binds a chain until the returned scope closes, then restores what was bound before. */
    public static Scope bind(String chainId) {
        if (chainId == null || chainId.isBlank()) {
            throw new IllegalArgumentException("A chain id is required");
        }
        String previous = CURRENT.get();
        CURRENT.set(chainId);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** A binding that ends without checked exceptions. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
