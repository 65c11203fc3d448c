package org.switchboard.engine.interactions.queuelog;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.demo.Contact;
import org.switchboard.engine.demo.ContactQueue;
import org.switchboard.engine.demo.DemoCentre;
import org.switchboard.engine.demo.DemoDataSet;
import org.switchboard.engine.demo.DemoSpec;
import org.switchboard.engine.demo.QueueLogWriter;

/**
 * The demo centre's queue_log for the round-trip tests: one week, seed 1.
 *
 * @param data the demo data set
 * @param voiceContacts its contacts of voice queues, the ones the queue_log holds
 * @param text the queue_log written by {@link QueueLogWriter}
 */
record DemoQueueLog(DemoDataSet data, List<Contact> voiceContacts, String text) {

    static DemoQueueLog oneWeek() throws IOException {
        var data = DemoCentre.generate(DemoSpec.standard().withWeeks(1), DemoCentre.random(1));
        var voiceQueues = data.queues().stream()
                .filter(queue -> queue.channel() == Channel.VOICE)
                .map(ContactQueue::name)
                .collect(Collectors.toSet());
        var voiceContacts = data.contacts().stream()
                .filter(contact -> voiceQueues.contains(contact.queue()))
                .toList();
        var out = new StringWriter();
        QueueLogWriter.write(data, out);
        return new DemoQueueLog(data, voiceContacts, out.toString());
    }
}
