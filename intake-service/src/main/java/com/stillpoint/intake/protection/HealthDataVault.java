package com.stillpoint.intake.protection;

import com.stillpoint.platform.crypto.AesGcm;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The only way health data is sealed and opened. Each value is encrypted on its own (AES-256-GCM) under the
 * chain's data key, bound to chain, collection, document and field; a ciphertext moved anywhere else fails.
 *
 * <p>Opening always writes an audit entry first ({@link HealthDataReads}), so there is no read without a record
 * of who, what, when and why. If the entry cannot be written, nothing is decrypted.
 */
@Component
public class HealthDataVault {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final DataKeys dataKeys;
    private final HealthDataReads reads;

    HealthDataVault(DataKeys dataKeys, HealthDataReads reads) {
        this.dataKeys = dataKeys;
        this.reads = reads;
    }

    public String seal(ProtectedDocument document, String field, String plaintext) {
        return ENCODER.encodeToString(AesGcm.encrypt(dataKeys.current(), plaintext.getBytes(StandardCharsets.UTF_8),
                bindingOf(document, field)));
    }

    /** Seals each value under its own field; keeps the order. */
    public Map<String, String> seal(ProtectedDocument document, Map<String, String> plaintextByField) {
        Map<String, String> sealed = new LinkedHashMap<>();
        plaintextByField.forEach((field, plaintext) -> sealed.put(field, seal(document, field, plaintext)));
        return sealed;
    }

    /**
     * Records the read, then opens the values.
     *
     * @throws AesGcm.CiphertextRejectedException if a value was altered or does not belong to this document and field
     */
    public Map<String, String> open(ProtectedDocument document, Map<String, String> sealedByField, Access access) {
        if (sealedByField.isEmpty()) {
            return Map.of();
        }
        reads.record(access, document, List.copyOf(sealedByField.keySet()));
        Map<String, String> opened = new LinkedHashMap<>();
        sealedByField.forEach((field, sealed) -> opened.put(field, decrypt(document, field, sealed)));
        return opened;
    }

    public String open(ProtectedDocument document, String field, String sealed, Access access) {
        return open(document, Map.of(field, sealed), access).get(field);
    }

    private String decrypt(ProtectedDocument document, String field, String sealed) {
        return new String(AesGcm.decrypt(dataKeys.current(), DECODER.decode(sealed), bindingOf(document, field)),
                StandardCharsets.UTF_8);
    }

    private static byte[] bindingOf(ProtectedDocument document, String field) {
        return AssociatedData.of(TenantContext.requireChainId(), document.collection(), document.documentId(), field);
    }
}
