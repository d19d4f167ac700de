package com.stillpoint.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.util.List;

/**
 * What the console watches and who operates the platform.
 *
 * @param services       the services it shows in Spring Boot Admin, registered statically by name and base URL,
 *                       and where each serves its per-clinic figures
 * @param operatorChain  the chain whose chain admins operate the whole platform: they see every service and every
 *                       dead letter; other chain admins see only their own chain's dead letters
 * @param deadLetterLimit how many of the latest records of each dead-letter partition the page lists
 */
@ConfigurationProperties("stillpoint.console")
public record ConsoleProperties(List<Service> services, String operatorChain,
                                @DefaultValue("200") int deadLetterLimit) {

    public ConsoleProperties {
        services = services == null ? List.of() : List.copyOf(services);
    }

    /**
     * @param figuresPath the path of the service's staff figures endpoint, or {@code null} if it has none
     */
    public record Service(String name, URI url, String figuresPath) {

        /** The base URL without a trailing slash. */
        public String base() {
            return url.toString().replaceAll("/+$", "");
        }
    }
}
