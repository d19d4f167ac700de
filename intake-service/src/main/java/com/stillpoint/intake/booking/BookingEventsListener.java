package com.stillpoint.intake.booking;

import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.AppointmentCancelled;
import com.stillpoint.contracts.booking.AppointmentCompleted;
import com.stillpoint.contracts.booking.AppointmentRescheduled;
import com.stillpoint.intake.requests.IntakeRequesting;
import com.stillpoint.intake.requests.IntakeRequests;
import com.stillpoint.intake.surveys.SurveyRequesting;
import com.stillpoint.intake.surveys.TreatmentPlans;
import com.stillpoint.platform.messaging.EventListener;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What intake needs to hear from booking about appointments: when to ask for intake and consent, when to move or
 * withdraw the request, when to follow up with a survey, and who treats each treatment plan.
 */
@Component
@KafkaListener(topics = "booking.appointments")
class BookingEventsListener extends EventListener {

    private final IntakeRequesting intakeRequesting;
    private final IntakeRequests intakeRequests;
    private final SurveyRequesting surveyRequesting;
    private final TreatmentPlans plans;

    BookingEventsListener(IntakeRequesting intakeRequesting, IntakeRequests intakeRequests,
                          SurveyRequesting surveyRequesting, TreatmentPlans plans) {
        this.intakeRequesting = intakeRequesting;
        this.intakeRequests = intakeRequests;
        this.surveyRequesting = surveyRequesting;
        this.plans = plans;
    }

    @KafkaHandler
    void on(AppointmentBooked booked) {
        if (booked.treatmentPlanId() != null) {
            plans.recordSession(booked.treatmentPlanId(), booked.clientId(), booked.therapistId());
        }
        intakeRequesting.requestFor(booked);
    }

    @KafkaHandler
    void on(AppointmentRescheduled rescheduled) {
        intakeRequests.find(rescheduled.appointmentId())
                .filter(request -> request.treatmentPlanId() != null)
                .ifPresent(request -> plans.recordSession(request.treatmentPlanId(), request.clientId(),
                        rescheduled.therapistId()));
        intakeRequesting.moved(rescheduled);
    }

    @KafkaHandler
    void on(AppointmentCancelled cancelled) {
        intakeRequesting.withdrawFor(cancelled);
    }

    @KafkaHandler
    void on(AppointmentCompleted completed) {
        if (completed.treatmentPlanId() != null) {
            plans.recordSession(completed.treatmentPlanId(), completed.clientId(), completed.therapistId());
        }
        surveyRequesting.requestFor(completed);
    }
}
