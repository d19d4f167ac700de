package com.stillpoint.booking.waitlist;

import com.stillpoint.booking.clinics.Clinics;
import com.stillpoint.booking.catalogue.Catalogue;
import com.stillpoint.booking.therapists.Therapists;
import com.stillpoint.booking.web.Pages;
import com.stillpoint.booking.web.SessionTime;
import com.stillpoint.platform.links.ClientLinkSecurity;
import com.stillpoint.platform.links.LinkGrant;
import com.stillpoint.platform.links.LinkSessions;
import com.stillpoint.platform.links.LinkTokens;
import com.stillpoint.platform.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

import java.time.Clock;

/**
 * A waitlisted client's offer, from the single-use link in their message: the landing shows the time, Continue
 * spends the link for a short session, and Accept books the time if nobody was faster.
 */
@Controller
@Pages
class OfferPagesController {

    private final LinkTokens linkTokens;
    private final LinkSessions linkSessions;
    private final Waitlist waitlist;
    private final Clinics clinics;
    private final Catalogue catalogue;
    private final Therapists therapists;
    private final Clock clock;

    OfferPagesController(LinkTokens linkTokens, LinkSessions linkSessions, Waitlist waitlist, Clinics clinics,
                         Catalogue catalogue, Therapists therapists, Clock clock) {
        this.linkTokens = linkTokens;
        this.linkSessions = linkSessions;
        this.waitlist = waitlist;
        this.clinics = clinics;
        this.catalogue = catalogue;
        this.therapists = therapists;
        this.clock = clock;
    }

    @GetMapping("/offers/start")
    String landing(@RequestParam(required = false) String token, Model model) {
        LinkGrant grant = linkTokens.inspect(token, Waitlist.OFFER_LINK_PURPOSE);
        TenantContext.runAs(grant.chainId(), () -> model.addAttribute("offer", viewOf(waitlist.offer(grant.subjectId()))));
        model.addAttribute("token", token);
        return "offers/start";
    }

    @PostMapping("/offers/start")
    View start(@RequestParam String token, HttpServletResponse response) {
        LinkGrant grant = linkTokens.redeem(token, Waitlist.OFFER_LINK_PURPOSE);
        linkSessions.start(grant, response);
        RedirectView toOffer = new RedirectView("/offers/current", true);
        toOffer.setStatusCode(HttpStatus.SEE_OTHER);
        return toOffer;
    }

    @GetMapping("/offers/current")
    String show(Model model) {
        model.addAttribute("offer", viewOf(waitlist.offer(offerId())));
        return "offers/offer";
    }

    @PostMapping("/offers/current/accept")
    String accept(Model model, HttpServletResponse response) {
        WaitlistOffer answered = waitlist.accept(offerId());
        if (answered.status() != OfferStatus.ACCEPTED) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        model.addAttribute("offer", viewOf(answered));
        return "offers/offer";
    }

    private OfferView viewOf(WaitlistOffer offer) {
        return new OfferView(offer.status().name(), offer.open(clock),
                clinics.get(offer.clinicId()).name(), catalogue.get(offer.serviceId()).name(),
                therapists.get(offer.therapistId()).name(), SessionTime.of(offer.startsAt(), offer.clinicZone()),
                SessionTime.of(offer.expiresAt(), offer.clinicZone()));
    }

    private static String offerId() {
        return ClientLinkSecurity.currentGrant().orElseThrow().subjectId();
    }

    /** @param open whether it can still be accepted */
    record OfferView(String status, boolean open, String clinicName, String serviceName, String therapistName,
                     SessionTime time, SessionTime expires) {
    }
}
