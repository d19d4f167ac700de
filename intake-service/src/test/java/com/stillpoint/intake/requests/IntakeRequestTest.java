package com.stillpoint.intake.requests;

import com.stillpoint.contracts.IntegrationEvent;
import com.stillpoint.contracts.intake.IntakeEventTypes;
import com.stillpoint.contracts.intake.IntakeReadiness;
import com.stillpoint.contracts.intake.IntakeRequested;
import com.stillpoint.contracts.intake.IntakeStatusChanged;
import com.stillpoint.platform.contracts.EventContracts;
import com.stillpoint.platform.messaging.EventJson;
import com.stillpoint.platform.problem.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An appointment's readiness as it changes, and the status-only events each change announces. */
class IntakeRequestTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T17:00:00Z"), ZoneOffset.UTC);
    static final AppointmentDetails APPOINTMENT = new AppointmentDetails("appt-1", "harbour", "client-ada",
            "harbour-kitsilano", "harbour-maya", "SWEDISH", null, Instant.parse("2026-11-26T18:00:00Z"),
            ZoneId.of("America/Vancouver"));
    static final IntakeRef CLEAN = new IntakeRef("appt-0", Instant.parse("2026-10-01T00:00:00Z"), false, "SWEDISH");
    static final IntakeRef FLAGGED = new IntakeRef("appt-1", Instant.parse("2026-11-21T00:00:00Z"), true, "SWEDISH");
    static final EventJson JSON = new EventJson();

    @Test
    void askingAnnouncesTheLinkAndAPendingStatus() {
        IntakeRequest request = IntakeRequest.ask(APPOINTMENT, EnumSet.allOf(Requirement.class), null, "sealed", CLOCK);

        assertThat(request.readiness()).isEqualTo(IntakeReadiness.PENDING);
        assertThat(request.pendingEvents()).hasSize(2);
        IntakeRequested requested = (IntakeRequested) request.pendingEvents().get(0);
        assertThat(requested.sealedLink()).isEqualTo("sealed");
        assertThat(requested.expiresAt()).isEqualTo(APPOINTMENT.startsAt());
        assertThat(readinessIn(request.pendingEvents())).containsExactly(IntakeReadiness.PENDING);
        EventContracts.assertHasFixtureShape(requested, IntakeEventTypes.INTAKE_REQUESTED, JSON);
        EventContracts.assertHasFixtureShape(request.pendingEvents().get(1), IntakeEventTypes.INTAKE_STATUS_CHANGED,
                JSON);
    }

    @Test
    void aClientWithEverythingValidIsReadyAtOnceWithoutALink() {
        IntakeRequest request = IntakeRequest.alreadySatisfied(APPOINTMENT, CLEAN, CLOCK);

        assertThat(request.pendingEvents()).hasSize(1).allMatch(IntakeStatusChanged.class::isInstance);
        assertThat(readinessIn(request.pendingEvents())).containsExactly(IntakeReadiness.READY);
        assertThat(request.isOpen()).isFalse();
    }

    @Test
    void aFlaggedIntakeNeedsReviewOnceEverythingIsInAndIsReviewedByTheTherapist() {
        IntakeRequest request = IntakeRequest.ask(APPOINTMENT, EnumSet.allOf(Requirement.class), null, "sealed", CLOCK);

        assertThat(request.intakeSubmitted(FLAGGED, CLOCK)).isTrue();
        assertThat(request.readiness()).isEqualTo(IntakeReadiness.PENDING);
        assertThat(request.consentSigned(CLOCK)).isTrue();
        assertThat(request.readiness()).isEqualTo(IntakeReadiness.REVIEW_NEEDED);
        request.acknowledgeReview("harbour-maya", "therapist.maya", CLOCK);

        assertThat(readinessIn(request.pendingEvents())).containsExactly(IntakeReadiness.PENDING,
                IntakeReadiness.REVIEW_NEEDED, IntakeReadiness.REVIEWED);
        assertThat(request.reviewedBy()).isEqualTo("therapist.maya");
        assertThatThrownBy(() -> request.acknowledgeReview("harbour-maya", "therapist.maya", CLOCK))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aNewTherapistMustReviewAFlaggedIntakeAgain() {
        IntakeRequest request = IntakeRequest.alreadySatisfied(APPOINTMENT, FLAGGED, CLOCK);
        request.acknowledgeReview("harbour-maya", "therapist.maya", CLOCK);

        request.moved(APPOINTMENT.startsAt().plusSeconds(3600), "harbour-kitsilano", "harbour-jonah", Set.of(), null,
                CLOCK);

        assertThat(request.readiness()).isEqualTo(IntakeReadiness.REVIEW_NEEDED);
        assertThat(request.therapistId()).isEqualTo("harbour-jonah");
        assertThat(readinessIn(request.pendingEvents())).containsExactly(IntakeReadiness.REVIEW_NEEDED,
                IntakeReadiness.REVIEWED, IntakeReadiness.REVIEW_NEEDED);
    }

    @Test
    void aMaterialConsentChangeMakesAReadyAppointmentPendingWithANewLink() {
        IntakeRequest request = IntakeRequest.alreadySatisfied(APPOINTMENT, CLEAN, CLOCK);

        assertThat(request.requireAgain(Requirement.CONSENT, "sealed-again", CLOCK)).isTrue();
        assertThat(request.requireAgain(Requirement.CONSENT, "sealed-again", CLOCK)).isFalse();

        assertThat(request.outstanding()).containsExactly(Requirement.CONSENT);
        assertThat(readinessIn(request.pendingEvents())).containsExactly(IntakeReadiness.READY,
                IntakeReadiness.PENDING);
        assertThat(request.pendingEvents()).filteredOn(IntakeRequested.class::isInstance).hasSize(1);
    }

    @Test
    void aWithdrawnRequestChangesNoMoreAndGetsNoLink() {
        IntakeRequest request = IntakeRequest.ask(APPOINTMENT, EnumSet.allOf(Requirement.class), null, "sealed", CLOCK);
        assertThat(request.withdraw()).isTrue();

        assertThat(request.intakeSubmitted(CLEAN, CLOCK)).isFalse();
        assertThat(request.consentSigned(CLOCK)).isFalse();
        assertThatThrownBy(() -> request.reissueLink("sealed-2", CLOCK)).isInstanceOf(ConflictException.class);
    }

    @Test
    void intakeCountsAsDoneBeforeTheSessionOnlyWhileNothingIsAskedForAgain() {
        IntakeRequest request = IntakeRequest.ask(APPOINTMENT, EnumSet.allOf(Requirement.class), null, "sealed", CLOCK);
        assertThat(request.completedBeforeStart()).isFalse();

        request.intakeSubmitted(CLEAN, CLOCK);
        request.consentSigned(CLOCK);
        assertThat(request.completedBeforeStart()).isTrue();

        request.requireAgain(Requirement.CONSENT, null, CLOCK);
        assertThat(request.completedBeforeStart()).isFalse();
        request.consentSigned(Clock.fixed(APPOINTMENT.startsAt().plusSeconds(60), ZoneOffset.UTC));
        assertThat(request.completedBeforeStart()).as("signed only after the session started").isFalse();
    }

    private static List<IntakeReadiness> readinessIn(List<IntegrationEvent> events) {
        return events.stream().filter(IntakeStatusChanged.class::isInstance)
                .map(event -> ((IntakeStatusChanged) event).readiness()).toList();
    }
}
