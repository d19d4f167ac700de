package com.stillpoint.localstack.platform;

import com.stillpoint.localstack.process.TcpPorts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the configuration and the machine before anything starts, so a missing jar or a busy port fails in a
 * second with advice, not after Kafka and MongoDB have been started for nothing.
 */
final class LaunchPlan {

    private LaunchPlan() {
    }

    static void check(PlatformProperties properties) {
        checkServiceList(properties);
        checkJarsExist(properties);
        checkPortsFree(properties);
    }

    private static void checkServiceList(PlatformProperties properties) {
        Set<String> earlier = new HashSet<>();
        for (ServiceDefinition service : properties.services()) {
            if (service.name() == null || service.name().isBlank() || service.jar() == null || service.port() <= 0) {
                throw configurationError("Every entry under local-stack.services needs a name, a jar and a port; "
                        + "this one does not: " + service);
            }
            for (String dependency : service.dependsOn()) {
                if (!earlier.contains(dependency)) {
                    throw configurationError(service.name() + " depends on '" + dependency
                            + "', which is not a service listed before it.");
                }
            }
            if (!earlier.add(service.name())) {
                throw configurationError("The service name '" + service.name() + "' is used twice.");
            }
        }
        Set<String> unknown = new HashSet<>(properties.skip());
        unknown.removeAll(earlier);
        if (!unknown.isEmpty()) {
            throw configurationError("local-stack.skip names services that are not configured: " + unknown
                    + ". Configured: " + earlier + ".");
        }
    }

    private static void checkJarsExist(PlatformProperties properties) {
        List<String> missing = new ArrayList<>();
        for (ServiceDefinition service : launched(properties)) {
            Path jar = properties.root().resolve(service.jar());
            if (!Files.isRegularFile(jar)) {
                missing.add(service.name() + " (" + jar + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new PlatformLaunchException("The executable jar is missing for " + String.join(", ", missing) + ".",
                    "Build the services first: bin/run-local builds everything the local stack depends on; or run "
                            + "./mvnw -B -DskipTests package in " + properties.root() + ". To launch without a "
                            + "service, for example while it runs in your IDE, pass --local-stack.skip=<name>.");
        }
    }

    private static void checkPortsFree(PlatformProperties properties) {
        Map<Integer, String> users = new LinkedHashMap<>();
        users.put(properties.kafka().port(), "Kafka");
        users.put(properties.kafka().controllerPort(), "the Kafka controller");
        users.put(properties.mongo().port(), "MongoDB");
        launched(properties).forEach(service -> users.put(service.port(), service.name()));
        String busy = users.entrySet().stream()
                .filter(user -> TcpPorts.isAcceptingConnections("127.0.0.1", user.getKey()))
                .map(user -> user.getKey() + " (" + user.getValue() + ")")
                .collect(Collectors.joining(", "));
        if (!busy.isEmpty()) {
            throw new PlatformLaunchException("These ports are already in use: " + busy + ".",
                    "Stop whatever listens there; a previous local stack may still be running. "
                            + "ss -ltnp shows the listening processes.");
        }
    }

    static List<ServiceDefinition> launched(PlatformProperties properties) {
        return properties.services().stream().filter(service -> !properties.skip().contains(service.name())).toList();
    }

    private static PlatformLaunchException configurationError(String problem) {
        return new PlatformLaunchException(problem, "Correct local-stack.yml, or the --local-stack.* arguments.");
    }
}
