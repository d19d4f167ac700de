package com.stillpoint.console;

import de.codecentric.boot.admin.server.config.EnableAdminServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The operations console: Spring Boot Admin over the services, the dashboard and the dead letters. */
@SpringBootApplication
@EnableAdminServer
@EnableConfigurationProperties(ConsoleProperties.class)
public class AdminConsoleApplication {

    public static void main(String[] args) {
        SpringApplication.run(AdminConsoleApplication.class, args);
    }
}
