package com.stillpoint.localstack.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What the local stack launches and where it keeps its state, from {@code local-stack.yml}. Paths are strings:
 * Spring would resolve a relative {@link Path} against the web application's document root, not the repository.
 *
 * @param launch         whether to launch anything; {@code false} runs only the dev console (mail and SMS capture)
 * @param rootDirectory  the repository root; relative paths here and in {@link ServiceDefinition#jar()} start there
 * @param stateDirectory data and logs, relative to the root unless absolute; delete it for a clean slate
 * @param startupTimeout how long each process may take to become ready
 * @param services       the applications to run as processes, in start order
 * @param skip           names of services not to launch, for example the one you are running in your IDE
 */
@ConfigurationProperties("local-stack")
public record PlatformProperties(@DefaultValue("true") boolean launch,
                                 @DefaultValue(".") String rootDirectory,
                                 @DefaultValue(".local-stack") String stateDirectory,
                                 @DefaultValue("3m") Duration startupTimeout,
                                 @DefaultValue Kafka kafka,
                                 @DefaultValue Mongo mongo,
                                 @DefaultValue List<ServiceDefinition> services,
                                 @DefaultValue Set<String> skip) {

    public PlatformProperties {
        services = services == null ? List.of() : List.copyOf(services);
        skip = skip == null ? Set.of() : Set.copyOf(skip);
    }

    /** The standalone broker's ports. */
    public record Kafka(@DefaultValue("9092") int port, @DefaultValue("9093") int controllerPort) {
    }

    /** mongo-java-server's port. */
    public record Mongo(@DefaultValue("27017") int port) {
    }

    Path root() {
        return Path.of(rootDirectory).toAbsolutePath().normalize();
    }

    Path state() {
        return root().resolve(stateDirectory).normalize();
    }

    Path logs() {
        return state().resolve("logs");
    }
}
