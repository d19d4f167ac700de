package com.stillpoint.localstack.platform;

import com.stillpoint.testing.FreePorts;
import com.stillpoint.localstack.TinyService;
import com.stillpoint.localstack.process.TcpPorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class LocalPlatformTest {

    @TempDir
    Path root;

    private final int kafkaPort = FreePorts.next();
    private final int mongoPort = FreePorts.next();

    @Test
    void launchesKafkaMongoAndAServiceThenStopsThemAllInReverse() throws IOException {
        int servicePort = FreePorts.next();
        writeExecutableJar(root.resolve("tiny/target/tiny-exec.jar"));
        ServiceDefinition tiny = new ServiceDefinition("tiny-service", "tiny/target/tiny-exec.jar", servicePort,
                URI.create("http://127.0.0.1:" + servicePort + "/health"), List.of(),
                List.of(String.valueOf(servicePort)), List.of("-Xmx64m"));
        LocalPlatform platform = new LocalPlatform(properties(List.of(tiny), Set.of()));

        assertThat(platform.launch()).isTrue();

        assertThat(TcpPorts.isAcceptingConnections("127.0.0.1", kafkaPort)).isTrue();
        assertThat(TcpPorts.isAcceptingConnections("127.0.0.1", mongoPort)).isTrue();
        assertThat(platform.components()).extracting(ComponentStatus::name, ComponentStatus::address)
                .containsExactly(
                        tuple("Kafka", "127.0.0.1:" + kafkaPort),
                        tuple("MongoDB", "mongodb://127.0.0.1:" + mongoPort),
                        tuple("tiny-service", "http://localhost:" + servicePort));
        assertThat(platform.components()).allSatisfy(component -> assertThat(component.state()).startsWith("running"));

        platform.shutdown();

        assertThat(platform.components()).allSatisfy(component -> assertThat(component.state()).startsWith("exited"));
        Path logs = root.resolve(".local-stack/logs");
        assertThat(Files.readString(logs.resolve("tiny-service.log"))).contains(TinyService.STOPPING_GRACEFULLY);
        assertThat(Files.readString(logs.resolve("mongo.log"))).contains("is closed");
        assertThat(Files.exists(root.resolve(".local-stack/mongo/stillpoint.mv"))).isTrue();
        assertThat(root.resolve(".local-stack/kafka/data/meta.properties")).exists();
    }

    @Test
    void aMissingJarFailsBeforeAnythingStartsAndSaysHowToBuildIt() {
        String jar = "booking-service/target/booking-service-0.1.0-SNAPSHOT-exec.jar";
        ServiceDefinition booking = new ServiceDefinition("booking-service", jar, FreePorts.next(), null, null, null,
                null);
        LocalPlatform platform = new LocalPlatform(properties(List.of(booking), Set.of()));

        assertThatThrownBy(platform::launch)
                .isInstanceOf(PlatformLaunchException.class)
                .hasMessageContaining("The executable jar is missing for booking-service ("
                        + root.toAbsolutePath().resolve(jar) + ")")
                .satisfies(failure -> assertThat(((PlatformLaunchException) failure).action())
                        .contains("bin/run-local").contains("--local-stack.skip=<name>"));
        assertThat(platform.components())
                .allSatisfy(component -> assertThat(component.state()).isEqualTo("not started"));
    }

    @Test
    void aSkippedServiceNeedsNoJar() {
        ServiceDefinition booking = new ServiceDefinition("booking-service", "missing.jar", FreePorts.next(), null,
                null, null, null);

        LocalPlatform platform = new LocalPlatform(properties(List.of(booking), Set.of("booking-service")));

        assertThat(platform.components()).extracting(ComponentStatus::state).last().asString().startsWith("skipped");
    }

    @Test
    void aServiceCanOnlyDependOnOneListedBeforeIt() {
        ServiceDefinition booking = new ServiceDefinition("booking-service", "booking.jar", FreePorts.next(), null,
                List.of("auth-server"), null, null);
        ServiceDefinition auth = new ServiceDefinition("auth-server", "auth.jar", FreePorts.next(), null, null, null,
                null);

        assertThatThrownBy(() -> new LocalPlatform(properties(List.of(booking, auth), Set.of())).launch())
                .isInstanceOf(PlatformLaunchException.class)
                .hasMessageContaining("booking-service depends on 'auth-server', "
                        + "which is not a service listed before it");
    }

    @Test
    void aBusyPortIsReportedBeforeAnythingStarts() throws IOException {
        try (ServerSocket squatter = new ServerSocket(mongoPort, 1, InetAddress.getLoopbackAddress())) {
            LocalPlatform platform = new LocalPlatform(properties(List.of(), Set.of()));

            assertThatThrownBy(platform::launch)
                    .isInstanceOf(PlatformLaunchException.class)
                    .hasMessageContaining(mongoPort + " (MongoDB)");
            assertThat(TcpPorts.isAcceptingConnections("127.0.0.1", kafkaPort)).isFalse();
        }
    }

    private PlatformProperties properties(List<ServiceDefinition> services, Set<String> skip) {
        return new PlatformProperties(true, root.toString(), ".local-stack", Duration.ofSeconds(60),
                new PlatformProperties.Kafka(kafkaPort, FreePorts.next()), new PlatformProperties.Mongo(mongoPort),
                services, skip);
    }

    /** An executable jar that runs {@link TinyService} from the test classes, like a service's Boot jar would. */
    private static void writeExecutableJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, TinyService.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, testClassesUrl());
        try (OutputStream file = Files.newOutputStream(jar)) {
            new JarOutputStream(file, manifest).close();
        }
    }

    private static String testClassesUrl() {
        try {
            return Path.of(TinyService.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri()
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
