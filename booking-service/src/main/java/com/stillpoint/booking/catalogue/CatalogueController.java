package com.stillpoint.booking.catalogue;

import com.stillpoint.booking.clinics.RoomType;
import com.stillpoint.booking.therapists.Skill;
import com.stillpoint.platform.tenancy.TenantContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The service catalogue, kept by chain admins: modality, duration (30, 50, 60 or 90 min), buffers, skills, room. */
@RestController
@RequestMapping("/api/services")
@Validated
class CatalogueController {

    private static final String ID_PATTERN = "[A-Za-z0-9._-]{1,64}";

    private final Catalogue catalogue;

    CatalogueController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    List<ServiceView> all() {
        return catalogue.all().stream().map(ServiceView::of).toList();
    }

    @GetMapping("/{serviceId}")
    ServiceView get(@PathVariable @Pattern(regexp = ID_PATTERN) String serviceId) {
        return ServiceView.of(catalogue.get(serviceId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ServiceView define(@Valid @RequestBody ServiceRequest request) {
        return ServiceView.of(catalogue.add(ServiceOffering.define(UUID.randomUUID().toString(),
                TenantContext.requireChainId(), request.toDetails())));
    }

    @PutMapping("/{serviceId}")
    ServiceView revise(@PathVariable @Pattern(regexp = ID_PATTERN) String serviceId,
                       @Valid @RequestBody ServiceRequest request) {
        ServiceOffering offering = catalogue.get(serviceId);
        offering.revise(request.toDetails());
        return ServiceView.of(catalogue.save(offering));
    }

    record ServiceRequest(@NotBlank @Size(max = 120) String name, @NotNull Skill modality, @NotNull Duration duration,
                          @NotNull Duration bufferBefore, @NotNull Duration bufferAfter,
                          @Size(max = 8) Set<@NotNull Skill> extraSkills, @NotNull RoomType roomType,
                          @NotNull Boolean active) {

        ServiceDetails toDetails() {
            return new ServiceDetails(name, modality, duration, bufferBefore, bufferAfter,
                    extraSkills == null ? Set.of() : extraSkills, roomType, active);
        }
    }

    record ServiceView(String id, long version, String name, Skill modality, Duration duration,
                       Duration bufferBefore, Duration bufferAfter, Set<Skill> requiredSkills, RoomType roomType,
                       boolean active) {
        static ServiceView of(ServiceOffering offering) {
            return new ServiceView(offering.id(), offering.version(), offering.name(), offering.modality(),
                    offering.duration(), offering.bufferBefore(), offering.bufferAfter(), offering.requiredSkills(),
                    offering.roomType(), offering.active());
        }
    }
}
