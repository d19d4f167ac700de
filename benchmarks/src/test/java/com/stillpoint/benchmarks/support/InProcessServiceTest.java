package com.stillpoint.benchmarks.support;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessServiceTest {

    @Test
    void aServiceReadsItsOwnConfigurationTemplatesAndStaticFiles() {
        String own = InProcessService.ownResources(InProcessServiceTest.class);

        assertThat(own).startsWith("file:").endsWith("/test-classes/");
        assertThat(InProcessService.arguments(InProcessServiceTest.class, Map.of("server.port", "0"))).containsExactly(
                "--spring.config.location=" + own + "application.yml",
                "--spring.thymeleaf.prefix=" + own + "templates/",
                "--spring.web.resources.static-locations=" + own + "static/",
                "--server.port=0");
    }

    @Test
    void anApplicationInAJarIsReadFromInsideThatJar() {
        assertThat(InProcessService.ownResources(SpringApplication.class))
                .startsWith("jar:file:").contains("spring-boot-").endsWith(".jar!/");
    }
}
