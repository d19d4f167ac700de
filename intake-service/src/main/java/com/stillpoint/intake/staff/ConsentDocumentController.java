package com.stillpoint.intake.staff;

import com.stillpoint.intake.consent.ConsentDocument;
import com.stillpoint.intake.consent.ConsentDocuments;
import com.stillpoint.intake.consent.ConsentVersion;
import com.stillpoint.intake.requests.ConsentRenewal;
import com.stillpoint.platform.security.StaffMember;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** The chain's treatment consent: any staff member may read it; chain admins publish new versions. */
@RestController
@RequestMapping("/api/consent-document")
class ConsentDocumentController {

    private final ConsentDocuments documents;
    private final ConsentRenewal renewal;

    ConsentDocumentController(ConsentDocuments documents, ConsentRenewal renewal) {
        this.documents = documents;
        this.renewal = renewal;
    }

    @GetMapping
    ConsentView current() {
        ConsentDocument document = documents.current();
        return ConsentView.of(document.current(), document.lastMaterialVersion(), 0);
    }

    /**
     * Publishes a new version. A material one asks every client with an upcoming session who signed an older
     * version to sign again before it (a new link for those who had nothing left to do).
     */
    @PostMapping("/versions")
    @ResponseStatus(HttpStatus.CREATED)
    ConsentView publish(@Valid @RequestBody PublishRequest request) {
        ConsentVersion published = documents.publish(request.title().strip(), request.body().strip(),
                request.material(), StaffMember.require().username());
        int asked = request.material() ? renewal.askToSignAgain() : 0;
        return ConsentView.of(published, documents.current().lastMaterialVersion(), asked);
    }

    record PublishRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String body,
                          @NotNull Boolean material) {
    }

    /**
     * @param lastMaterialVersion  signatures of this version or later count
     * @param appointmentsAskedToSignAgain how many upcoming appointments now wait for a new signature
     */
    record ConsentView(int version, String title, String body, String contentHash, boolean material,
                       Instant publishedAt, String publishedBy, int lastMaterialVersion,
                       int appointmentsAskedToSignAgain) {

        static ConsentView of(ConsentVersion version, int lastMaterialVersion, int asked) {
            return new ConsentView(version.version(), version.title(), version.body(), version.contentHash(),
                    version.material(), version.publishedAt(), version.publishedBy(), lastMaterialVersion, asked);
        }
    }
}
