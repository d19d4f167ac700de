package com.stillpoint.benchmarks.support;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a service inside the benchmark JVM with its own configuration, templates and static files.
 *
 * <p>Every service jar is on the benchmarks' class path, each with an {@code application.yml} and some templates of
 * the same names ({@code fragments.html}, {@code link-problem.html}, {@code static/css/client.css}); the class path
 * would hand a service whichever comes first. So each location points at the application's own code source.
 */
public final class InProcessService {

    private InProcessService() {
    }

    /**
     * Runs {@code application} (plus any extra configuration classes) with {@code settings} as command-line
     * arguments, which win over its {@code application.yml}.
     */
    public static ConfigurableApplicationContext run(Class<?> application, Map<String, String> settings,
                                                     Class<?>... extraConfiguration) {
        List<Class<?>> sources = new ArrayList<>(List.of(application));
        sources.addAll(List.of(extraConfiguration));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(arguments(application, settings));
    }

    /** The command line for {@code application}: its own resources first, then the settings. */
    static String[] arguments(Class<?> application, Map<String, String> settings) {
        String own = ownResources(application);
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.config.location=" + own + "application.yml",
                "--spring.thymeleaf.prefix=" + own + "templates/",
                "--spring.web.resources.static-locations=" + own + "static/"));
        settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments.toArray(String[]::new);
    }

    /** The root of the application's own classes: a directory in a reactor build, else its jar. */
    static String ownResources(Class<?> application) {
        URL location = application.getProtectionDomain().getCodeSource().getLocation();
        try {
            Path path = Path.of(location.toURI());
            return Files.isDirectory(path) ? path.toUri().toString() : "jar:" + path.toUri() + "!/";
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the code source of " + application.getName(), e);
        }
    }
}
