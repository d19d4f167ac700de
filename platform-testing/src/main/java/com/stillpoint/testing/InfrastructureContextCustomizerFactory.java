package com.stillpoint.testing;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.List;
import java.util.Map;

/**
 * Points every Spring test context at the selected Kafka and MongoDB, and at the {@link TestIssuer} for staff
 * tokens, so no test class repeats the wiring. The
 * customizer is equal for all classes on the same infrastructure, which keeps Spring's context cache working.
 */
class InfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new InfrastructureCustomizer(TestInfrastructure.kindFor(testClass));
    }

    private record InfrastructureCustomizer(InfrastructureKind kind) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            TestInfrastructure infrastructure = TestInfrastructure.of(kind);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("stillpoint-test-infrastructure",
                    Map.of("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                            "spring.mongodb.uri", infrastructure.mongoUri(),
                            "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIssuer.get().issuer())));
        }
    }
}
