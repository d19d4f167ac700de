package com.stillpoint.console.deadletters;

import com.stillpoint.console.Operators;
import com.stillpoint.platform.problem.NotFoundException;
import com.stillpoint.platform.security.StaffMember;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The dead-letter page: the latest records of every dead-letter topic, with their metadata, and a Replay button
 * that puts a record back on its original topic after a fix. Consumers are idempotent, so replaying an event that
 * was processed after all changes nothing; each record is still replayed at most once, and the page says by whom.
 * A chain admin sees and replays only the records of their own chain, an operator every record.
 */
@Controller
@RequestMapping("/dead-letters")
class DeadLetterController {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);

    private final DeadLetterTopics topics;
    private final Replays replays;
    private final Operators operators;
    private final Clock clock;

    DeadLetterController(DeadLetterTopics topics, Replays replays, Operators operators, Clock clock) {
        this.topics = topics;
        this.replays = replays;
        this.operators = operators;
        this.clock = clock;
    }

    record Row(DeadLetter letter, Replays.Replay replay) {
    }

    @GetMapping
    String list(Model model) {
        StaffMember staff = StaffMember.require();
        List<DeadLetter> letters = topics.latest().stream()
                .filter(letter -> operators.maySeeChain(staff, letter.chainId()))
                .toList();
        Map<String, Replays.Replay> replayed = replays.find(letters.stream().map(letter -> letter.ref().id()).toList());
        model.addAttribute("rows", letters.stream()
                .map(letter -> new Row(letter, replayed.get(letter.ref().id())))
                .toList());
        return "dead-letters";
    }

    @PostMapping("/replay")
    String replay(@RequestParam String topic, @RequestParam int partition, @RequestParam long offset,
                  RedirectAttributes redirect) {
        StaffMember staff = StaffMember.require();
        DeadLetter.Ref ref = new DeadLetter.Ref(topic, partition, offset);
        ConsumerRecord<byte[], byte[]> record = topics.read(ref)
                .orElseThrow(() -> new NotFoundException("dead letter", ref.id()));
        DeadLetter letter = DeadLetter.of(record);
        if (!operators.maySeeChain(staff, letter.chainId())) {
            throw new NotFoundException("dead letter", ref.id());
        }
        if (letter.originalTopic() == null) {
            redirect.addFlashAttribute("problem", "This record does not name its original topic; it cannot be replayed.");
            return "redirect:/dead-letters";
        }
        Replays.Replay replay = new Replays.Replay(ref.id(), letter.chainId(), letter.eventId(),
                letter.originalTopic(), staff.username(), clock.instant());
        if (!replays.claim(replay)) {
            Replays.Replay earlier = replays.find(ref.id()).orElse(replay);
            redirect.addFlashAttribute("problem", "Already replayed by " + earlier.replayedBy() + " at "
                    + earlier.replayedAt() + "; it was not sent again.");
            return "redirect:/dead-letters";
        }
        try {
            topics.republish(record, letter.originalTopic());
        } catch (RuntimeException failed) {
            replays.release(ref.id());
            throw failed;
        }
        log.info("Dead letter {} (event {}, {}) replayed to {} by {}", ref.id(), letter.eventId(), letter.type(),
                letter.originalTopic(), staff.username());
        redirect.addFlashAttribute("done", "Replayed " + letter.type() + " to " + letter.originalTopic() + ".");
        return "redirect:/dead-letters";
    }
}
