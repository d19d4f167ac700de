package com.stillpoint.systemtests;

import com.stillpoint.contracts.Topic;
import com.stillpoint.contracts.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docker cannot run here, so this reads docker-compose.yml and checks it against what the services really read:
 * each service's port, every environment variable binding to a property the service knows, the topics the init
 * container creates, and the values that services must share.
 */
@SuppressWarnings("unchecked")
class DockerComposeConsistencyTest {

    private static final Path ROOT = Path.of("..");
    private static final Map<String, String> CONFIG_FILES = Map.of(
            "auth-server", "auth-server/src/main/resources/auth-server.yml",
            "booking-service", "booking-service/src/main/resources/application.yml",
            "intake-service", "intake-service/src/main/resources/application.yml",
            "notification-service", "notification-service/src/main/resources/application.yml",
            "admin-console", "admin-console/src/main/resources/application.yml");

    static Map<String, Object> compose;
    static Set<String> knownProperties;

    @BeforeAll
    static void read() throws IOException {
        compose = yaml(ROOT.resolve("docker-compose.yml"));
        knownProperties = metadataPropertyNames();
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth-server", "booking-service", "intake-service", "notification-service", "admin-console"})
    void theServiceIsProbedOnItsPort(String name) throws IOException {
        Map<String, Object> service = service(name);

        assertThat(String.valueOf(((Map<?, ?>) service.get("healthcheck")).get("test")))
                .contains("/127.0.0.1/" + portOf(name));
        assertThat(((Map<?, ?>) service.get("build")).get("args")).isEqualTo(Map.of("SERVICE", name));
    }

    @Test
    void theDemoIdentityProviderRunsOnceOnItsOwnPort() throws IOException {
        // One instance: its signing keys live in memory, and a second would sign with other keys.
        assertThat((List<Object>) service("auth-server").get("ports")).containsExactly(portOf("auth-server") + ":"
                + portOf("auth-server"));
        assertThat(service("auth-server")).doesNotContainKey("deploy");
    }

    @Test
    void theOperationsConsoleRunsOnceOnItsOwnPort() throws IOException {
        // One instance: dead-letter replays are recorded by the console, and Spring Boot Admin polls each service.
        assertThat((List<Object>) service("admin-console").get("ports")).containsExactly(portOf("admin-console") + ":"
                + portOf("admin-console"));
        assertThat(service("admin-console")).doesNotContainKey("deploy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"booking-service", "intake-service", "notification-service"})
    void theServiceRunsTwoReplicasThatTheGatewayPublishesOnItsPort(String name) throws IOException {
        String port = portOf(name);
        Map<String, Object> service = service(name);
        String gateway = gatewayConfig();

        assertThat(((Map<?, ?>) service.get("deploy")).get("replicas")).isEqualTo(2);
        assertThat(service).as("replicas cannot share a host port").doesNotContainKey("ports");
        assertThat((List<Object>) service("gateway").get("ports")).contains(port + ":" + port);
        assertThat(matches(gateway, "listen (\\d+); location / \\{ proxy_pass http://([a-z-]+); }"))
                .containsEntry(port, name);
        assertThat(matches(gateway, "upstream ([a-z-]+) \\{[^}]* server ([a-z-]+:\\d+) resolve; }"))
                .containsEntry(name, name + ":" + port);
        assertThat(((Map<?, ?>) service("gateway").get("depends_on")).get(name))
                .isEqualTo(Map.of("condition", "service_healthy"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"booking-service", "intake-service"})
    void staffPagesKeepTheirSessionOnOneReplica(String name) {
        String gateway = gatewayConfig();

        assertThat(gateway).containsPattern("upstream " + name + " \\{[^}]* ip_hash;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth-server", "booking-service", "intake-service", "notification-service"})
    void everyEnvironmentVariableBindsToAPropertyTheServiceReads(String name) throws IOException {
        Map<String, String> environment = environment(name);
        Set<String> properties = new HashSet<>(knownProperties);
        properties.addAll(flatten(yaml(ROOT.resolve(CONFIG_FILES.get(name)))).keySet());
        StandardEnvironment spring = new StandardEnvironment();
        spring.getPropertySources().addFirst(new SystemEnvironmentPropertySource("compose", new HashMap<>(environment)));
        Binder binder = Binder.get(spring);

        environment.forEach((variable, value) -> {
            String property = properties.stream().filter(candidate -> relaxed(candidate).equals(relaxed(variable)))
                    .findFirst().orElse(null);
            assertThat(property).as(name + ": " + variable + " names no property the service reads").isNotNull();
            assertThat(binder.bind(property, String.class).orElse(null)).as(variable + " -> " + property).isEqualTo(value);
        });
    }

    @Test
    void theInitContainerCreatesExactlyThePlatformTopicsWithTheServicesPartitionCount() {
        String command = String.join("\n", (List<String>) service("kafka-topics").get("command"));
        Matcher created = Pattern.compile("create ([a-z.A-Z]+) (delete|compact)").matcher(command);
        Map<String, String> topics = new LinkedHashMap<>();
        while (created.find()) {
            topics.put(created.group(1), created.group(2));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (Topic topic : Topics.ALL) {
            expected.put(topic.name(), topic.compacted() ? "compact" : "delete");
            expected.put(topic.deadLetter(), "delete");
        }
        assertThat(topics).isEqualTo(expected);

        Matcher partitions = Pattern.compile("--partitions (\\d+)").matcher(command);
        assertThat(partitions.find()).isTrue();
        Stream.of("booking-service", "intake-service", "notification-service").forEach(name ->
                assertThat(environment(name)).containsEntry("STILLPOINT_KAFKA_PARTITIONS", partitions.group(1)));
    }

    @Test
    void servicesShareWhatTheyMustAndNothingElse() throws IOException {
        assertThat(environment("intake-service").get("STILLPOINT_LINKS_SEALING_KEY"))
                .isEqualTo(environment("notification-service").get("STILLPOINT_LINKS_SEALING_KEY"));
        assertThat(environment("auth-server").get("STILLPOINT_AUTH_ISSUER")).isEqualTo(
                environment("booking-service").get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI"));
        Set<Object> databases = new HashSet<>();
        for (String name : List.of("booking-service", "intake-service", "notification-service")) {
            assertThat(environment(name)).containsKey("SPRING_MONGODB_URI");
            databases.add(flatten(yaml(ROOT.resolve(CONFIG_FILES.get(name)))).get("spring.mongodb.database"));
        }
        assertThat(databases).as("each service has its own database").hasSize(3);
    }

    /** The gateway's nginx configuration, which compose hands it inline. */
    private static String gatewayConfig() {
        return String.valueOf(((Map<?, ?>) ((Map<?, ?>) compose.get("configs")).get("gateway")).get("content"));
    }

    private static String portOf(String name) throws IOException {
        return String.valueOf(flatten(yaml(ROOT.resolve(CONFIG_FILES.get(name)))).get("server.port"));
    }

    /** The first and second group of every match, as a map. */
    private static Map<String, String> matches(String text, String regex) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.put(matcher.group(1), matcher.group(2));
        }
        return found;
    }

    private static Map<String, Object> service(String name) {
        Map<String, Object> service = (Map<String, Object>) ((Map<?, ?>) compose.get("services")).get(name);
        assertThat(service).as("compose service " + name).isNotNull();
        return service;
    }

    private static Map<String, String> environment(String name) {
        Map<?, ?> environment = (Map<?, ?>) service(name).get("environment");
        return environment.entrySet().stream().collect(Collectors.toMap(entry -> String.valueOf(entry.getKey()),
                entry -> String.valueOf(entry.getValue())));
    }

    private static String relaxed(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.\\[\\]]", "");
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        }
    }

    private static Map<String, Object> flatten(Map<String, Object> tree) {
        Map<String, Object> flat = new LinkedHashMap<>();
        tree.forEach((key, value) -> {
            if (value instanceof Map<?, ?> child) {
                flatten((Map<String, Object>) child).forEach((childKey, childValue) -> flat.put(key + "." + childKey, childValue));
            } else {
                flat.put(key, value);
            }
        });
        return flat;
    }

    /** Every property that Spring Boot and the platform document in their configuration metadata. */
    private static Set<String> metadataPropertyNames() throws IOException {
        Set<String> names = new HashSet<>();
        JsonMapper json = JsonMapper.builder().build();
        for (var resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
            try (InputStream in = resource.getInputStream()) {
                JsonNode properties = json.readTree(in).get("properties");
                if (properties != null) {
                    properties.forEach(property -> names.add(property.get("name").asString()));
                }
            }
        }
        return names;
    }
}
