package com.stillpoint.intake.staff;

import com.stillpoint.intake.protection.Access;
import com.stillpoint.intake.protection.ReadPurpose;
import com.stillpoint.intake.surveys.Measure;
import com.stillpoint.intake.surveys.PlanOutcomes;
import com.stillpoint.intake.surveys.TreatmentPlan;
import com.stillpoint.intake.surveys.TreatmentPlans;
import com.stillpoint.platform.problem.InvalidInputException;
import com.stillpoint.platform.problem.NotFoundException;
import com.stillpoint.platform.security.StaffMember;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/** A treatment plan's outcome trend, and which measures its surveys ask on top of PHQ-4. */
@RestController
@RequestMapping("/api/treatment-plans/{planId}")
class TreatmentPlanController {

    private final TreatmentPlans plans;
    private final PlanOutcomes outcomes;
    private final StaffAccess access;

    TreatmentPlanController(TreatmentPlans plans, PlanOutcomes outcomes, StaffAccess access) {
        this.plans = plans;
        this.outcomes = outcomes;
        this.access = access;
    }

    /** Every session's scores with severity bands, and whether the trend is worsening. Each survey read is audited. */
    @GetMapping("/outcomes")
    OutcomesView outcomes(@PathVariable String planId) {
        TreatmentPlan plan = access.requireTreating(planOf(planId));
        return OutcomesView.of(plan, outcomes.trendOf(plan,
                Access.staff(StaffMember.require(), ReadPurpose.OUTCOME_REVIEW)));
    }

    /** Applies to surveys created from now on; a survey keeps the measures it was sent with. */
    @PutMapping("/measures")
    MeasuresView chooseMeasures(@PathVariable String planId, @Valid @RequestBody MeasuresRequest request) {
        access.requireMayChooseMeasures(planOf(planId));
        if (!Measure.CHOOSABLE.containsAll(request.measures())) {
            throw new InvalidInputException("A plan can add only " + Measure.CHOOSABLE + " to its surveys.");
        }
        TreatmentPlan plan = plans.chooseMeasures(planId, request.measures(), request.plannedSessions());
        return new MeasuresView(plan.id(), plan.measures(), plan.plannedSessions());
    }

    private TreatmentPlan planOf(String planId) {
        return plans.find(planId).orElseThrow(() -> new NotFoundException("treatment plan", planId));
    }

    /** @param plannedSessions how many sessions the plan has, if known; its last survey is the end point */
    record MeasuresRequest(@NotNull Set<Measure> measures, @Min(1) @Max(52) Integer plannedSessions) {
    }

    record MeasuresView(String planId, Set<Measure> measures, Integer plannedSessions) {
    }
}
