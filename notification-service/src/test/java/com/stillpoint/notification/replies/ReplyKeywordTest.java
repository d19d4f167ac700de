package com.stillpoint.notification.replies;

import com.stillpoint.contracts.notification.ClientReply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyKeywordTest {

    @ParameterizedTest
    @CsvSource({"C,CONFIRM", "c,CONFIRM", "Yes,CONFIRM", "YES!,CONFIRM", "oui,CONFIRM",
            "X,CANCEL", "x.,CANCEL", "Cancel,CANCEL", "annuler,CANCEL",
            "STOP,STOP", " stop ,STOP", "Arrêt,STOP", "ARRET,STOP", "unsubscribe,STOP",
            "START,START", "start,START"})
    void recognisesTheKeywordsWhateverTheirCaseAccentsOrPunctuation(String text, ClientReply expected) {
        assertThat(ReplyKeyword.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "can I come at 11 instead?", "stop texting me at night please", "CC"})
    void anythingElseIsNotAKeyword(String text) {
        assertThat(ReplyKeyword.parse(text)).isEmpty();
    }
}
