package com.stillpoint.intake.pages;

import com.stillpoint.platform.links.ClientLinkSecurity;

/** The one subject (request or survey) the current link session was opened for: the only one its client reaches. */
final class LinkSubject {

    private LinkSubject() {
    }

    static String current() {
        return ClientLinkSecurity.currentGrant().orElseThrow().subjectId();
    }
}
