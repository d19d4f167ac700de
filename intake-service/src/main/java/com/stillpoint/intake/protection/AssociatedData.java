package com.stillpoint.intake.protection;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a ciphertext is bound to, as AES-GCM associated data. Each part is length-prefixed, so no two different
 * bindings ever encode to the same bytes (ids may contain any separator one could pick).
 */
final class AssociatedData {

    private static final String CONTEXT = "stillpoint-intake-v1";

    private AssociatedData() {
    }

    static byte[] of(String... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes, CONTEXT);
        for (String part : parts) {
            write(bytes, part);
        }
        return bytes.toByteArray();
    }

    private static void write(ByteArrayOutputStream bytes, String part) {
        byte[] encoded = part.getBytes(StandardCharsets.UTF_8);
        bytes.writeBytes((encoded.length + ":").getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(encoded);
    }
}
