package com.stillpoint.intake.links;

/** The client links intake-service sends, each opening its own pages and nothing else. */
public enum LinkPurpose {
    /** Intake and consent for one appointment; the link's subject is the appointment id. */
    INTAKE("intake", "/intake"),
    /** The follow-up survey of one session; the link's subject is the survey id. */
    SURVEY("survey", "/survey");

    private final String purpose;
    private final String pagePath;

    LinkPurpose(String purpose, String pagePath) {
        this.purpose = purpose;
        this.pagePath = pagePath;
    }

    /** The purpose a token and a link session are bound to. */
    public String purpose() {
        return purpose;
    }

    /** Where the pages behind the link live; the link itself lands on {@code <path>/start}. */
    public String pagePath() {
        return pagePath;
    }

    public String landingPath() {
        return pagePath + "/start";
    }
}
