package com.stillpoint.intake.consent;

import com.stillpoint.platform.crypto.Sha256;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One published version of a consent document. Versions never change once published; a correction is a new one.
 *
 * @param contentHash SHA-256 of the title and body as shown to the client; a signature records it, so what was
 *                    signed can always be proven
 * @param material    whether the change matters enough that clients who signed an earlier version must sign again
 *                    before their next session (a typo fix is not material)
 * @param publishedBy the chain admin who published it, or {@code stillpoint} for the built-in first edition
 */
public record ConsentVersion(int version, String title, String body, String contentHash, boolean material,
                             Instant publishedAt, String publishedBy) {

    static ConsentVersion of(int version, String title, String body, boolean material, Instant publishedAt,
                             String publishedBy) {
        return new ConsentVersion(version, title, body, hashOf(title, body), material, publishedAt, publishedBy);
    }

    static String hashOf(String title, String body) {
        return Sha256.hex(title + "\n\n" + body);
    }

    /** The body's paragraphs, as the consent page shows them. */
    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\n\\s*\\n")).map(paragraph -> paragraph.replaceAll("\\s+", " ").strip())
                .filter(paragraph -> !paragraph.isEmpty()).toList();
    }
}
