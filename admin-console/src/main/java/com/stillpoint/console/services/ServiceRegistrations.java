package com.stillpoint.console.services;

import com.stillpoint.console.ConsoleProperties;
import de.codecentric.boot.admin.server.domain.values.Registration;
import de.codecentric.boot.admin.server.services.InstanceRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Registers the configured services with Spring Boot Admin when the console starts, so the services need no
 * admin client library and know nothing of the console. Spring Boot Admin then polls each one's actuator: health,
 * metrics and log levels, which the services serve read-only.
 */
@Component
class ServiceRegistrations {

    private final InstanceRegistry registry;
    private final ConsoleProperties properties;

    ServiceRegistrations(InstanceRegistry registry, ConsoleProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerServices() {
        for (ConsoleProperties.Service service : properties.services()) {
            String base = service.base();
            registry.register(Registration.create(service.name(), base + "/actuator/health")
                    .managementUrl(base + "/actuator")
                    .serviceUrl(base)
                    .source("stillpoint-console-configuration")
                    .build()).block();
        }
    }
}
