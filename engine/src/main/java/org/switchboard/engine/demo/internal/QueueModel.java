package org.switchboard.engine.demo.internal;

import java.util.List;
import java.util.random.RandomGenerator;
import org.switchboard.engine.core.Channel;
import org.switchboard.engine.demo.ContactReason;
import org.switchboard.engine.demo.QueueSpec;

/**
 * One queue's spec prepared for the event loop: distributions built once, the transfer target as an index, the reason
 * mix as a cumulative table.
 *
 * @param spec the queue's spec
 * @param voice whether contacts are calls (which get an Asterisk uniqueid and wrap-up)
 * @param concurrency contacts of this queue one agent may hold at once
 * @param talk talk or chat time, seconds: log-normal, cv 0.9 for voice, 0.6 for chat
 * @param wrapUp wrap-up time, seconds: log-normal, cv 0.7; unused when {@code hasWrapUp} is false
 * @param hasWrapUp whether the queue has after-contact work
 * @param meanPatienceSeconds mean of the exponential patience
 * @param transferTarget index of the queue answered contacts are transferred to, −1 for none
 * @param transferRate share of answered contacts transferred
 * @param reasons the reasons with a positive weight
 * @param reasonCumulative cumulative weights of {@code reasons}, the last one 1
 */
record QueueModel(
        QueueSpec spec,
        boolean voice,
        int concurrency,
        LogNormal talk,
        LogNormal wrapUp,
        boolean hasWrapUp,
        double meanPatienceSeconds,
        int transferTarget,
        double transferRate,
        ContactReason[] reasons,
        double[] reasonCumulative) {

    private static final double VOICE_TALK_CV = 0.9;
    private static final double CHAT_CV = 0.6;
    private static final double WRAP_UP_CV = 0.7;

    static QueueModel of(QueueSpec spec, List<QueueSpec> all) {
        boolean voice = spec.queue().channel() == Channel.VOICE;
        double wrapSeconds = spec.meanWrapUpTime().toMillis() / 1000.0;
        var names = all.stream().map(queue -> queue.queue().name()).toList();
        var mix = spec.reasonMix().entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .toList();
        var reasons = new ContactReason[mix.size()];
        var cumulative = new double[mix.size()];
        double total = mix.stream().mapToDouble(entry -> entry.getValue()).sum();
        double running = 0;
        for (int i = 0; i < reasons.length; i++) {
            reasons[i] = mix.get(i).getKey();
            running += mix.get(i).getValue() / total;
            cumulative[i] = running;
        }
        cumulative[cumulative.length - 1] = 1.0;
        return new QueueModel(
                spec,
                voice,
                spec.queue().concurrency(),
                LogNormal.ofMean(spec.meanHandleTime().toMillis() / 1000.0, voice ? VOICE_TALK_CV : CHAT_CV),
                LogNormal.ofMean(Math.max(wrapSeconds, 1), WRAP_UP_CV),
                wrapSeconds > 0,
                spec.meanPatience().toMillis() / 1000.0,
                spec.transfer().map(rule -> names.indexOf(rule.queue())).orElse(-1),
                spec.transfer().map(rule -> rule.rate()).orElse(0.0),
                reasons,
                cumulative);
    }

    /** {@return a reason ordinal drawn from the mix} */
    int drawReason(RandomGenerator rng) {
        double u = rng.nextDouble();
        int i = 0;
        while (reasonCumulative[i] <= u && i < reasons.length - 1) {
            i++;
        }
        return reasons[i].ordinal();
    }
}
