package com.stillpoint.platform.backbone;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service that uses the platform's backbone the way the real services do. */
@SpringBootApplication
class BackboneTestApplication {
}
