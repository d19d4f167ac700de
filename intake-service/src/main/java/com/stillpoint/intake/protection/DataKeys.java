package com.stillpoint.intake.protection;

import com.stillpoint.platform.crypto.AesGcm;
import com.stillpoint.platform.tenancy.TenantCollection;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Envelope encryption: every chain has its own random 256-bit data key, stored wrapped by the master key from
 * configuration. Health data of one chain is therefore sealed under a key no other chain's data uses, and the
 * master key can be kept in a secret store while the wrapped keys live next to the data.
 *
 * <p>A chain's key is made on first use. Two instances making it at once race on the document's id: exactly one
 * insert wins and both then use the winner, so no data is ever sealed under a key that was not stored.
 */
@Component
class DataKeys {

    private static final int KEY_BYTES = 32;

    private final TenantCollection<DataKey> keys;
    private final SecretKey masterKey;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> unwrapped = new ConcurrentHashMap<>();

    DataKeys(MongoOperations mongo, EncryptionProperties properties, Clock clock) {
        this.keys = new TenantCollection<>(mongo, DataKey.class, "data_keys");
        this.masterKey = masterKeyOf(properties);
        this.clock = clock;
    }

    /** The current chain's data key, made and stored on first use. */
    SecretKey current() {
        String chainId = TenantContext.requireChainId();
        return unwrapped.computeIfAbsent(chainId, this::loadOrCreate);
    }

    private SecretKey loadOrCreate(String chainId) {
        DataKey stored = keys.findById(chainId).orElseGet(() -> create(chainId));
        byte[] key = AesGcm.decrypt(masterKey, Base64.getDecoder().decode(stored.wrappedKey()), bindingOf(chainId));
        return new SecretKeySpec(key, "AES");
    }

    private DataKey create(String chainId) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        DataKey candidate = new DataKey(chainId, chainId,
                Base64.getEncoder().encodeToString(AesGcm.encrypt(masterKey, key, bindingOf(chainId))), clock.instant());
        try {
            return keys.insert(candidate);
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            return keys.findById(chainId).orElseThrow();
        }
    }

    private static byte[] bindingOf(String chainId) {
        return AssociatedData.of("data-key", chainId);
    }

    private static SecretKey masterKeyOf(EncryptionProperties properties) {
        if (properties.masterKey() == null || properties.masterKey().isBlank()) {
            throw new IllegalStateException("stillpoint.intake.encryption.master-key is required");
        }
        byte[] key = Base64.getDecoder().decode(properties.masterKey());
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("stillpoint.intake.encryption.master-key must be 256 bits");
        }
        return new SecretKeySpec(key, "AES");
    }
}
