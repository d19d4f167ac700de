package com.stillpoint.intake.protection;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Health-data encryption.
 *
 * @param masterKey base64 of 32 random bytes. It only wraps the per-chain data keys stored in the database, so a
 *                  database dump alone opens nothing. A deployment secret: the value in application.yml and
 *                  docker-compose.yml is a published local-demo value that protects nothing.
 */
@ConfigurationProperties("stillpoint.intake.encryption")
public record EncryptionProperties(String masterKey) {
}
