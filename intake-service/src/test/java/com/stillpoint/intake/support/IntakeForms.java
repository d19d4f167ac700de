package com.stillpoint.intake.support;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.stillpoint.intake.support.ClientBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client types into the intake form, step by step. The free-text answers are distinctive, so a test can
 * search every stored document and every published event for them.
 */
public final class IntakeForms {

    public static final String MEDICATIONS = "Sertraline 50mg and melatonin (marker-7Q)";
    public static final String HEALTH_DETAILS = "Chronic lower back pain since 2019 (marker-ZX)";
    public static final String WELLBEING_NOTES = "Panic attacks on crowded buses (marker-K9)";
    public static final String ALLERGIES = "Arnica oil (marker-P3)";
    public static final String EMERGENCY_PHONE = "+1 604 555 0199";
    /** Every free-text answer above: none may ever appear outside a sealed field. */
    public static final List<String> SENSITIVE = List.of(MEDICATIONS, HEALTH_DETAILS, WELLBEING_NOTES, ALLERGIES,
            "marker-7Q", "marker-ZX", "marker-K9", "marker-P3", "Sertraline", "Panic attacks");

    private IntakeForms() {
    }

    /** A complete intake that meets no contraindication rule. */
    public static Map<String, Map<String, List<String>>> clean() {
        Map<String, Map<String, List<String>>> steps = new LinkedHashMap<>();
        steps.put("health", form("conditions", "arthritis", "conditions-details", HEALTH_DETAILS,
                "cancer-treatment", "no", "fever-or-infection", "no", "recent-surgery-or-injury", "no",
                "pregnancy", "not-applicable"));
        steps.put("medications", form("anticoagulants", "no", "medications", MEDICATIONS, "allergies", ALLERGIES));
        steps.put("comfort", form("areas-to-focus", "Shoulders", "areas-to-avoid", "Feet", "pressure", "medium"));
        steps.put("wellbeing", form("wellbeing-concerns", "anxiety", "wellbeing-concerns", "sleep",
                "wellbeing-notes", WELLBEING_NOTES));
        steps.put("goals", form("goals", "stress-relief", "goals", "better-sleep"));
        steps.put("contact", form("emergency-name", "Grace Hopper", "emergency-relationship", "Friend",
                "emergency-phone", EMERGENCY_PHONE));
        return steps;
    }

    /** The same intake, but with a history of blood clots and blood thinners: a therapist must review it. */
    public static Map<String, Map<String, List<String>>> withContraindications() {
        Map<String, Map<String, List<String>>> steps = clean();
        steps.put("health", ClientBrowser.merged(steps.get("health"),
                form("conditions", "blood-clots", "conditions", "arthritis")));
        steps.put("medications", ClientBrowser.merged(steps.get("medications"), form("anticoagulants", "yes")));
        return steps;
    }

    /** Fills in every step with Save and continue; the last one submits. */
    public static HttpResponse<String> fillAll(ClientBrowser client, Map<String, Map<String, List<String>>> steps) {
        HttpResponse<String> last = null;
        for (Map.Entry<String, Map<String, List<String>>> step : steps.entrySet()) {
            last = client.submit("/intake/steps/" + step.getKey(), step.getValue());
            assertThat(last.statusCode()).as("saving step " + step.getKey() + ": " + last.body()).isEqualTo(303);
        }
        return last;
    }

    /** Signs the consent shown on the consent page. */
    public static HttpResponse<String> sign(ClientBrowser client, String typedName) {
        HttpResponse<String> page = client.get("/intake/consent");
        assertThat(page.statusCode()).as("consent page").isEqualTo(200);
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(page.body());
        java.util.regex.Matcher hash = java.util.regex.Pattern.compile("name=\"hash\" value=\"([0-9a-f]+)\"")
                .matcher(page.body());
        assertThat(version.find() && hash.find()).as("version and hash on the consent page").isTrue();
        return client.post("/intake/consent", page, form("typedName", typedName, "agree", "yes",
                "version", version.group(1), "hash", hash.group(1)));
    }
}
