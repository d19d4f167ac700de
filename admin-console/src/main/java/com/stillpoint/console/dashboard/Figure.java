package com.stillpoint.console.dashboard;

/** The figures the dashboard shows, by the name each owning service reports them under. */
enum Figure {
    NO_SHOW_RATE("no-show-rate", "No-show rate", "booking-service"),
    INTAKE_BEFORE_SESSION("intake-before-session", "Intake completed before the session", "intake-service"),
    REMINDER_ON_TIME_RATE("reminder-on-time-rate", "Reminders sent on time", "notification-service"),
    SMS_FAILURE_RATE("sms-failure-rate", "SMS failure rate", "notification-service"),
    SURVEY_RESPONSE_RATE("survey-response-rate", "Survey response rate", "intake-service");

    private final String key;
    private final String label;
    private final String source;

    Figure(String key, String label, String source) {
        this.key = key;
        this.label = label;
        this.source = source;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String source() {
        return source;
    }
}
