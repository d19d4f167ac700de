package com.stillpoint.intake.forms;

import com.stillpoint.intake.protection.Access;
import com.stillpoint.intake.protection.HealthDataVault;
import com.stillpoint.intake.protection.ProtectedDocument;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Seals a client's answers field by field for storage, and opens them again through the audited vault. */
@Component
public class SealedAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> VALUES = new TypeReference<>() {
    };

    private final HealthDataVault vault;

    SealedAnswers(HealthDataVault vault) {
        this.vault = vault;
    }

    /** Each question's values become one ciphertext, bound to the document and the question. */
    public Map<String, String> seal(ProtectedDocument document, Answers answers) {
        Map<String, String> plaintext = new LinkedHashMap<>();
        answers.values().forEach((question, values) -> plaintext.put(question, JSON.writeValueAsString(values)));
        return vault.seal(document, plaintext);
    }

    /** Records the read (who, what, when, why), then opens the answers. */
    public Answers open(ProtectedDocument document, Map<String, String> sealed, Access access) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        vault.open(document, sealed, access).forEach((question, json) -> values.put(question, JSON.readValue(json, VALUES)));
        return new Answers(values);
    }
}
