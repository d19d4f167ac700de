package com.stillpoint.intake.surveys;

import com.stillpoint.intake.forms.Answers;

import java.util.List;
import java.util.Set;

/**
 * The standardised questionnaires a survey scores, with their published items, scoring and severity bands. Items
 * are answered 0 (not at all) to 3 (nearly every day) and a score is their sum; it counts only with every item
 * answered.
 *
 * <ul>
 *   <li>PHQ-4 (Kroenke et al. 2009): PHQ-2 + GAD-2, 0-12; normal 0-2, mild 3-5, moderate 6-8, severe 9-12.</li>
 *   <li>PHQ-2 and GAD-2 (its halves), 0-6; 3 or more is a positive screen for depression or anxiety.</li>
 *   <li>PHQ-9 (Kroenke et al. 2001), 0-27; minimal 0-4, mild 5-9, moderate 10-14, moderately severe 15-19,
 *       severe 20-27. Its item 9 asks about thoughts of self-harm.</li>
 *   <li>GAD-7 (Spitzer et al. 2006), 0-21; minimal 0-4, mild 5-9, moderate 10-14, severe 15-21.</li>
 * </ul>
 *
 * The worsening threshold is the rise from a plan's baseline that counts as a clinically meaningful deterioration
 * (PHQ-9: 5 points; GAD-7: 4 points; PHQ-4: 3 points, one band).
 */
public enum Measure {

    PHQ4("PHQ-4", List.of("phq1", "phq2", "gad1", "gad2"), 3, List.of(
            new SeverityBand(0, 0, 2, "Normal"), new SeverityBand(1, 3, 5, "Mild"),
            new SeverityBand(2, 6, 8, "Moderate"), new SeverityBand(3, 9, 12, "Severe"))),
    PHQ2("PHQ-2", List.of("phq1", "phq2"), null, screen()),
    GAD2("GAD-2", List.of("gad1", "gad2"), null, screen()),
    PHQ9("PHQ-9", List.of("phq1", "phq2", "phq3", "phq4", "phq5", "phq6", "phq7", "phq8", "phq9"), 5, List.of(
            new SeverityBand(0, 0, 4, "Minimal"), new SeverityBand(1, 5, 9, "Mild"),
            new SeverityBand(2, 10, 14, "Moderate"), new SeverityBand(3, 15, 19, "Moderately severe"),
            new SeverityBand(4, 20, 27, "Severe"))),
    GAD7("GAD-7", List.of("gad1", "gad2", "gad3", "gad4", "gad5", "gad6", "gad7"), 4, List.of(
            new SeverityBand(0, 0, 4, "Minimal"), new SeverityBand(1, 5, 9, "Mild"),
            new SeverityBand(2, 10, 14, "Moderate"), new SeverityBand(3, 15, 21, "Severe")));

    /** The measures a treatment plan may add to every survey; PHQ-4 is always asked. */
    public static final Set<Measure> CHOOSABLE = Set.of(PHQ9, GAD7);
    /** The measures a trend follows and charts. */
    public static final List<Measure> TRACKED = List.of(PHQ4, PHQ9, GAD7);
    /** The PHQ-9 item about thoughts of self-harm: any answer above 0 needs a person to follow up at once. */
    public static final String SELF_HARM_ITEM = "phq9";

    private final String label;
    private final List<String> items;
    private final Integer worseningThreshold;
    private final List<SeverityBand> bands;

    Measure(String label, List<String> items, Integer worseningThreshold, List<SeverityBand> bands) {
        this.label = label;
        this.items = items;
        this.worseningThreshold = worseningThreshold;
        this.bands = bands;
    }

    private static List<SeverityBand> screen() {
        return List.of(new SeverityBand(0, 0, 2, "Negative screen"), new SeverityBand(1, 3, 6, "Positive screen"));
    }

    public String label() {
        return label;
    }

    public List<String> items() {
        return items;
    }

    public List<SeverityBand> bands() {
        return bands;
    }

    public int maxScore() {
        return bands.get(bands.size() - 1).max();
    }

    /** The sum of the items, or {@code null} unless every item has an answer from 0 to 3. */
    public Integer score(Answers answers) {
        int total = 0;
        for (String item : items) {
            String value = answers.first(item);
            if (value == null || !value.matches("[0-3]")) {
                return null;
            }
            total += Integer.parseInt(value);
        }
        return total;
    }

    public SeverityBand bandOf(int score) {
        return bands.stream().filter(band -> band.contains(score)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(label + " has no score " + score));
    }

    /** Whether a rise from the baseline to the latest score is a clinically meaningful deterioration. */
    boolean isWorsening(int baseline, int latest) {
        return worseningThreshold != null && latest - baseline >= worseningThreshold;
    }
}
