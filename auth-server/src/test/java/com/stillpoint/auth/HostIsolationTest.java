package com.stillpoint.auth;

import com.stillpoint.host.HostOnlyAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Started inside another module's test JVM, the server keeps to its own configuration. The test class path holds
 * an {@code application.yml} and an auto-configuration that stand in for that module's.
 */
class HostIsolationTest {

    private final ConfigurableApplicationContext authServer = SharedAuthServer.context();

    @Test
    void theHostsApplicationYmlIsNotRead() {
        assertThat(authServer.getEnvironment().getProperty("stillpoint.auth.issuer"))
                .isEqualTo("http://localhost:0");
    }

    @Test
    void theHostsAutoConfigurationsAreNotApplied() {
        assertThat(authServer.getBeanNamesForType(HostOnlyAutoConfiguration.HostOnlyBean.class)).isEmpty();
    }
}
