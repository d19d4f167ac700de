package com.stillpoint.intake.staff;

import com.stillpoint.intake.surveys.Measure;
import com.stillpoint.intake.surveys.SeverityBand;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small line chart of one measure across a plan's sessions, drawn as SVG by the page template: the severity bands
 * behind, the scores on top. Coordinates are worked out here; the template only places them, so no markup is
 * built from strings.
 *
 * @param polyline the SVG {@code points} of the line through the scores
 */
record TrendChart(String id, String title, String description, int width, int height, List<Band> bands,
                  String polyline, List<Dot> dots, List<Tick> sessionTicks, List<Tick> scoreTicks) {

    static final int WIDTH = 320;
    static final int HEIGHT = 170;
    private static final int LEFT = 34;
    private static final int RIGHT = 12;
    private static final int TOP = 10;
    private static final int BOTTOM = 28;

    /** @param level 0 for the mildest band; the page shades higher levels darker */
    record Band(int x, int y, int width, int height, int level, String label) {
    }

    /** @param label what a screen reader or a hover says about the point */
    record Dot(int x, int y, String label) {
    }

    record Tick(int x, int y, String text) {
    }

    /** One chart per tracked measure that has at least one score. */
    static List<TrendChart> of(OutcomesView outcomes) {
        List<TrendChart> charts = new ArrayList<>();
        for (Measure measure : Measure.TRACKED) {
            List<OutcomesView.Point> scored = outcomes.points().stream()
                    .filter(point -> point.scores().containsKey(measure)).toList();
            if (!scored.isEmpty()) {
                charts.add(of(measure, scored, outcomes.points().size()));
            }
        }
        return charts;
    }

    private static TrendChart of(Measure measure, List<OutcomesView.Point> scored, int sessions) {
        int max = measure.maxScore();
        List<Band> bands = measure.bands().stream().map(band -> bandOf(band, max)).toList();
        List<Dot> dots = scored.stream().map(point -> {
            OutcomesView.Score score = point.scores().get(measure);
            return new Dot(xOf(point.session(), sessions), yOf(score.score(), max), "Session " + point.session()
                    + ": " + score.score() + " (" + score.band() + ")");
        }).toList();
        List<Tick> sessionTicks = new ArrayList<>();
        for (int session = 1; session <= sessions; session++) {
            sessionTicks.add(new Tick(xOf(session, sessions), HEIGHT - 10, Integer.toString(session)));
        }
        List<Tick> scoreTicks = List.of(new Tick(LEFT - 6, yOf(0, max) + 4, "0"),
                new Tick(LEFT - 6, yOf(max, max) + 4, Integer.toString(max)));
        String description = measure.label() + " by session: " + dots.stream().map(Dot::label)
                .collect(Collectors.joining("; ")) + ".";
        return new TrendChart("chart-" + measure.name().toLowerCase(java.util.Locale.ROOT), measure.label(),
                description, WIDTH, HEIGHT, bands,
                dots.stream().map(dot -> dot.x() + "," + dot.y()).collect(Collectors.joining(" ")), dots,
                sessionTicks, scoreTicks);
    }

    private static Band bandOf(SeverityBand band, int max) {
        int top = yOf(Math.min(band.max() + 1, max), max);
        return new Band(LEFT, top, WIDTH - LEFT - RIGHT, yOf(band.min(), max) - top, band.level(), band.label());
    }

    private static int xOf(int session, int sessions) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        return sessions == 1 ? LEFT + plotWidth / 2 : LEFT + (session - 1) * plotWidth / (sessions - 1);
    }

    private static int yOf(int score, int max) {
        int plotHeight = HEIGHT - TOP - BOTTOM;
        return TOP + plotHeight - score * plotHeight / max;
    }
}
