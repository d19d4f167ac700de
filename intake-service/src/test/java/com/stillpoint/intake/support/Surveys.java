package com.stillpoint.intake.support;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client answers in a follow-up survey. */
public final class Surveys {

    private Surveys() {
    }

    /** The first step: session rating, stress and sleep. */
    public static Map<String, List<String>> session(int rating, int stress, int sleep) {
        return ClientBrowser.form("session-rating", Integer.toString(rating), "stress", Integer.toString(stress),
                "sleep", Integer.toString(sleep));
    }

    /** The questionnaire items, e.g. {@code phq1 -> 2}. */
    public static Map<String, List<String>> items(Map<String, Integer> items) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        items.forEach((item, value) -> form.put(item, List.of(Integer.toString(value))));
        return form;
    }

    /** PHQ-9 items that add up to a total, item 9 left at 0. */
    public static Map<String, Integer> phq9Totalling(int total) {
        Map<String, Integer> items = new LinkedHashMap<>();
        int left = total;
        for (int item = 1; item <= 9; item++) {
            int value = item == 9 ? 0 : Math.min(3, left);
            items.put("phq" + item, value);
            left -= value;
        }
        items.put("gad1", 1);
        items.put("gad2", 1);
        return items;
    }

    /** Answers both steps; the second one sends the survey. */
    public static HttpResponse<String> answer(ClientBrowser client, Map<String, List<String>> session,
                                              Map<String, List<String>> feelings) {
        HttpResponse<String> first = client.submit("/survey/steps/session", session);
        assertThat(first.statusCode()).as("session step: " + first.body()).isEqualTo(303);
        HttpResponse<String> sent = client.submit("/survey/steps/feelings", feelings);
        assertThat(sent.statusCode()).as("feelings step: " + sent.body()).isEqualTo(303);
        return sent;
    }
}
