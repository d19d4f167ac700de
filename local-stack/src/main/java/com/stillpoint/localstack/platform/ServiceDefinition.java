package com.stillpoint.localstack.platform;

import java.net.URI;
import java.util.List;

/**
 * One application the local stack runs with {@code java -jar}. In {@code local-stack.yml}:
 * <pre>
 * local-stack:
 *   services:
 *     - name: booking-service
 *       jar: booking-service/target/booking-service-0.1.0-SNAPSHOT-exec.jar
 *       port: 8081
 *       health-url: http://127.0.0.1:8081/actuator/health   # the default for the port
 *       depends-on: [auth-server]                            # started once these are healthy
 *       args: [--logging.level.com.stillpoint=DEBUG]         # program arguments
 *       jvm-options: [-Xmx512m]
 * </pre>
 *
 * @param jar       relative to the repository root unless absolute
 * @param healthUrl answers 200 once the service is ready
 * @param dependsOn services listed earlier that must be healthy first; the others start in parallel
 */
public record ServiceDefinition(String name,
                                String jar,
                                int port,
                                URI healthUrl,
                                List<String> dependsOn,
                                List<String> args,
                                List<String> jvmOptions) {

    public ServiceDefinition {
        healthUrl = healthUrl != null ? healthUrl : URI.create("http://127.0.0.1:" + port + "/actuator/health");
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        args = args == null ? List.of() : List.copyOf(args);
        jvmOptions = jvmOptions == null ? List.of() : List.copyOf(jvmOptions);
    }

    /** The root URL, for the banner and the console's home page. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }
}
