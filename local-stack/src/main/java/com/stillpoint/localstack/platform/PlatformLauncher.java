package com.stillpoint.localstack.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Launches the platform when the console is up, and stops it when the console closes (Ctrl-C).
 *
 * <p>Launching is an {@link ApplicationRunner}, not a lifecycle start: it takes a while, and a context that is
 * still refreshing cannot be closed, so Ctrl-C during a launch would otherwise wait for it to finish. Stopping is
 * a lifecycle stop in the last phase, so the services stop before the web server and the SMTP capture do.
 */
@Component
class PlatformLauncher implements ApplicationRunner, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PlatformLauncher.class);

    private final LocalPlatform platform;
    private final PlatformProperties properties;
    private final StartupBanner banner;
    private volatile boolean running;

    PlatformLauncher(LocalPlatform platform, PlatformProperties properties, StartupBanner banner) {
        this.platform = platform;
        this.properties = properties;
        this.banner = banner;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.launch()) {
            log.info("local-stack.launch is false: running the dev console only");
            return;
        }
        long startedAt = System.nanoTime();
        if (platform.launch()) {
            log.info(banner.render(platform, Duration.ofNanos(System.nanoTime() - startedAt)));
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        platform.shutdown();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
