package org.switchboard.engine.demo.internal;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.switchboard.engine.core.AgentState;
import org.switchboard.engine.demo.ContactReason;
import org.switchboard.engine.demo.SurveyMetric;

/**
 * The discrete-event simulation of the centre: contacts arrive, wait in their queue's FIFO, are taken by the agents
 * logged in and ready, or abandon when their patience runs out. Service level and abandonment are outcomes of this
 * queueing, not inputs. Single use: construct, {@link #run()}, read the logs.
 *
 * <p>Design notes.
 * <ul>
 *   <li>Events live in one {@link LongHeap} as {@code (time − origin) << 32 | kind << 29 | payload}: time in whole
 *       seconds, then a fixed order of kinds at equal times (ends before schedule items before abandons before
 *       arrivals, so an agent freed in the same second still answers a caller about to hang up), then the payload.
 *       The order is total, so a run is a pure function of its inputs and the random stream.
 *   <li>Routing: an arriving contact goes to the available agent with the skill holding the fewest open contacts,
 *       then idle longest; with none available it waits. An agent who becomes available takes the longest-waiting
 *       contact (earliest arrival) across the queues of its skills, again and again while it has capacity.
 *   <li>Availability: an agent holds contacts of one queue at a time, at most that queue's concurrency; a pause or
 *       logout due while busy is taken as soon as the last contact (and its wrap-up) ends, and the agent accepts no
 *       new contact meanwhile.
 *   <li>Chat concurrency: a chat answered while the agent already holds k others takes (1 + 0.25·k) times its drawn
 *       time. A transferred call talks 40 % of its drawn time before the transfer.
 *   <li>Outcomes: abandons within 5 s (inclusive) are short abandons. An answered contact resolves with its queue's
 *       rate; an unresolved customer comes back with probability 0.7 after LogNormal(mean 1.5 days, cv 0.8), at
 *       least one hour; a (not short) abandoner retries with probability 0.5 after 60 s + Exp(20 min) (see
 *       {@link CustomerBase} for how returns take the place of fresh arrivals). Sales: revenue LogNormal(mean
 *       €160, cv 0.6), at least €9.90. Surveys: 18 % of answered calls and 25 % of chats respond, 10–60 s after a
 *       call (IVR) or 5 s + Exp(60 s) after a chat; answers from {@link SurveyModel}.
 * </ul>
 */
final class CentreSimulation {

    private static final int PAYLOAD_BITS = 29;
    private static final long PAYLOAD_MASK = (1L << PAYLOAD_BITS) - 1;
    private static final int CONTACT_END = 0;
    private static final int WRAP_UP_END = 1;
    private static final int PAUSE_END = 2;
    private static final int SCHEDULED = 3;
    private static final int ABANDON = 4;
    private static final int ARRIVAL = 5;

    private static final byte OFF = 0;
    private static final byte READY = 1;
    private static final byte BUSY = 2;
    private static final byte WRAPPING_UP = 3;
    private static final byte PAUSED = 4;

    private static final long SHORT_ABANDON_SECONDS = 5;
    private static final double CHAT_SLOWDOWN = 0.25;
    private static final double TRANSFER_TALK_SHARE = 0.4;
    private static final double RETURN_IF_UNRESOLVED = 0.7;
    private static final LogNormal RETURN_DELAY_SECONDS = LogNormal.ofMean(1.5 * 86_400, 0.8);
    private static final double RETRY_AFTER_ABANDON = 0.5;
    private static final double RETRY_DELAY_MEAN_SECONDS = 20 * 60;
    private static final double TRANSFERRED_SALE_UPLIFT = 1.4;
    private static final LogNormal SALE_EUR = LogNormal.ofMean(160, 0.6);
    private static final double VOICE_RESPONSE_RATE = 0.18;
    private static final double CHAT_RESPONSE_RATE = 0.25;
    private static final double NPS_SHARE = 0.4;

    private final long origin;
    private final Roster roster;
    private final QueueModel[] queues;
    private final long[][] arrivals;
    private final int[] nextArrival;
    private final IntFifo[] waiting;
    private final int[][] agentsByQueue;
    private final RandomGenerator rng;
    private final LongHeap events;
    private final CustomerBase customers;

    private final byte[] status;
    private final int[] open;
    private final int[] openQueue;
    private final long[] idleSince;
    private final int[] pending;

    final ContactTable contacts;
    final AgentEventLog agentEvents = new AgentEventLog();
    final SurveyLog surveys = new SurveyLog();

    private long now;
    private int voiceContacts;
    private int responses;

    CentreSimulation(CentreCalendar calendar, Roster roster, long[][] arrivals, RandomGenerator rng) {
        var specs = calendar.spec().queues();
        this.origin = calendar.originEpochSecond();
        this.roster = roster;
        this.arrivals = arrivals;
        this.rng = rng;
        this.queues = specs.stream().map(spec -> QueueModel.of(spec, specs)).toArray(QueueModel[]::new);
        this.nextArrival = new int[queues.length];
        this.waiting = new IntFifo[queues.length];
        this.agentsByQueue = new int[queues.length][];
        int agents = roster.agents().size();
        for (int q = 0; q < queues.length; q++) {
            waiting[q] = new IntFifo();
            int queue = q;
            agentsByQueue[q] = IntStream.range(0, agents)
                    .filter(a -> Arrays.stream(roster.agentQueues()[a]).anyMatch(s -> s == queue))
                    .toArray();
        }
        int expected = 0;
        for (var queueArrivals : arrivals) {
            expected += queueArrivals.length;
        }
        this.contacts = new ContactTable(expected + expected / 8);
        this.events = new LongHeap(roster.items().size() + 4096);
        this.customers = new CustomerBase(queues.length, origin);
        this.status = new byte[agents];
        this.open = new int[agents];
        this.openQueue = new int[agents];
        this.idleSince = new long[agents];
        this.pending = new int[agents];
        Arrays.fill(pending, -1);
    }

    /** Plays every event until none is left: all contacts have ended and all agents have logged out. */
    void run() {
        for (int q = 0; q < queues.length; q++) {
            if (arrivals[q].length > 0) {
                schedule(arrivals[q][0], ARRIVAL, q);
            }
        }
        var items = roster.items();
        for (int i = 0; i < items.size(); i++) {
            schedule(items.epochSecond(i), SCHEDULED, i);
        }
        while (!events.isEmpty()) {
            long key = events.poll();
            now = origin + (key >>> 32);
            int payload = (int) (key & PAYLOAD_MASK);
            switch ((int) (key >>> PAYLOAD_BITS) & 7) {
                case CONTACT_END -> endContact(payload);
                case WRAP_UP_END -> becomeAvailable(payload);
                case PAUSE_END -> becomeAvailable(payload);
                case SCHEDULED -> runScheduled(payload);
                case ABANDON -> abandon(payload);
                case ARRIVAL -> arrive(payload);
                default -> throw new IllegalStateException("unknown event kind in key " + key);
            }
        }
    }

    private void schedule(long epochSecond, int kind, int payload) {
        events.push(((epochSecond - origin) << 32) | ((long) kind << PAYLOAD_BITS) | payload);
    }

    private void arrive(int q) {
        long due = customers.takeDueReturn(q, now);
        if (due >= 0) {
            offer(q, CustomerBase.customerOf(due), CustomerBase.reasonOf(due), -1, true);
        } else {
            offer(q, customers.freshCustomer(rng), queues[q].drawReason(rng), -1, false);
        }
        int next = ++nextArrival[q];
        if (next < arrivals[q].length) {
            schedule(arrivals[q][next], ARRIVAL, q);
        }
    }

    private void offer(int q, int customer, int reason, int transferredFrom, boolean repeat) {
        var model = queues[q];
        int c = contacts.add(q, now, customer, reason, transferredFrom, repeat);
        contacts.talkSeconds[c] = (int) Math.max(5, Math.round(model.talk().sample(rng)));
        contacts.wrapUpSeconds[c] =
                model.hasWrapUp() ? (int) Math.max(1, Math.round(model.wrapUp().sample(rng))) : 0;
        contacts.transfers[c] = model.transferTarget() >= 0 && rng.nextDouble() < model.transferRate();
        if (model.voice()) {
            contacts.voiceSequence[c] = voiceContacts++;
        }
        int agent = pickAgent(q);
        if (agent >= 0) {
            answer(c, agent);
        } else {
            waiting[q].add(c);
            schedule(now + Math.max(1, Math.round(rng.nextExponential() * model.meanPatienceSeconds())), ABANDON, c);
        }
    }

    private int pickAgent(int q) {
        int best = -1;
        for (int a : agentsByQueue[q]) {
            if (canTake(a, q)
                    && (best < 0
                            || open[a] < open[best]
                            || (open[a] == open[best] && idleSince[a] < idleSince[best]))) {
                best = a;
            }
        }
        return best;
    }

    private boolean canTake(int a, int q) {
        return pending[a] < 0
                && (status[a] == READY
                        || (status[a] == BUSY && openQueue[a] == q && open[a] < queues[q].concurrency()));
    }

    private void answer(int c, int a) {
        contacts.status[c] = ContactTable.TALKING;
        contacts.answer[c] = now;
        contacts.agent[c] = a;
        open[a]++;
        openQueue[a] = contacts.queue[c];
        status[a] = BUSY;
        double talk = contacts.talkSeconds[c] * (1 + CHAT_SLOWDOWN * (open[a] - 1));
        if (contacts.transfers[c]) {
            talk *= TRANSFER_TALK_SHARE;
        }
        agentEvents.add(a, now, AgentState.ON_CONTACT.ordinal(), -1, c);
        schedule(now + Math.max(5, Math.round(talk)), CONTACT_END, c);
    }

    private void endContact(int c) {
        int a = contacts.agent[c];
        var model = queues[contacts.queue[c]];
        contacts.end[c] = now;
        open[a]--;
        contacts.status[c] = contacts.transfers[c] ? ContactTable.TRANSFERRED : ContactTable.ANSWERED;
        if (model.hasWrapUp()) {
            status[a] = WRAPPING_UP;
            contacts.wrapUpEnd[c] = now + contacts.wrapUpSeconds[c];
            agentEvents.add(a, now, AgentState.WRAP_UP.ordinal(), -1, c);
            schedule(contacts.wrapUpEnd[c], WRAP_UP_END, a);
        } else if (open[a] == 0) {
            becomeAvailable(a);
        } else {
            takeWaiting(a);
        }
        if (contacts.transfers[c]) {
            int target = model.transferTarget();
            offer(target, contacts.customer[c], queues[target].drawReason(rng), c, false);
        } else {
            settle(c, model);
        }
    }

    /** The agent holds no contact any more (talk, wrap-up or pause over): a due item, new work, or ready. */
    private void becomeAvailable(int a) {
        int item = pending[a];
        if (item >= 0) {
            pending[a] = -1;
            if (roster.items().kind(item) == ScheduleItems.PAUSE) {
                startPause(a, item);
            } else {
                logout(a);
            }
            return;
        }
        status[a] = READY;
        idleSince[a] = now;
        if (takeWaiting(a) == 0) {
            agentEvents.add(a, now, AgentState.READY.ordinal(), -1, -1);
        }
    }

    /** Lets the agent take the longest-waiting contacts of its queues while it has capacity. */
    private int takeWaiting(int a) {
        int taken = 0;
        while (true) {
            int bestQueue = -1;
            long bestArrival = Long.MAX_VALUE;
            for (int q : roster.agentQueues()[a]) {
                int head = canTake(a, q) ? headOf(q) : -1;
                if (head >= 0 && contacts.arrival[head] < bestArrival) {
                    bestArrival = contacts.arrival[head];
                    bestQueue = q;
                }
            }
            if (bestQueue < 0) {
                return taken;
            }
            answer(waiting[bestQueue].poll(), a);
            taken++;
        }
    }

    /** {@return the contact at the head of a queue's FIFO, dropping those that abandoned; −1 if none waits} */
    private int headOf(int q) {
        var fifo = waiting[q];
        while (!fifo.isEmpty() && contacts.status[fifo.peek()] != ContactTable.WAITING) {
            fifo.poll();
        }
        return fifo.isEmpty() ? -1 : fifo.peek();
    }

    private void runScheduled(int item) {
        var items = roster.items();
        int a = items.agent(item);
        switch (items.kind(item)) {
            case ScheduleItems.LOGIN -> {
                if (status[a] == OFF) {
                    agentEvents.add(a, now, AgentState.LOGIN.ordinal(), -1, -1);
                    becomeAvailable(a);
                }
            }
            case ScheduleItems.PAUSE -> {
                if (status[a] == READY) {
                    startPause(a, item);
                } else if (status[a] != OFF && !(pending[a] >= 0 && items.kind(pending[a]) == ScheduleItems.LOGOUT)) {
                    pending[a] = item;
                }
            }
            default -> {
                if (status[a] == READY) {
                    logout(a);
                } else if (status[a] != OFF) {
                    pending[a] = item;
                }
            }
        }
    }

    private void startPause(int a, int item) {
        status[a] = PAUSED;
        agentEvents.add(a, now, AgentState.PAUSE.ordinal(), roster.items().reason(item), -1);
        schedule(now + roster.items().durationSeconds(item), PAUSE_END, a);
    }

    private void logout(int a) {
        status[a] = OFF;
        agentEvents.add(a, now, AgentState.LOGOUT.ordinal(), -1, -1);
    }

    private void abandon(int c) {
        if (contacts.status[c] != ContactTable.WAITING) {
            return;
        }
        contacts.end[c] = now;
        boolean isShort = now - contacts.arrival[c] <= SHORT_ABANDON_SECONDS;
        contacts.status[c] = isShort ? ContactTable.SHORT_ABANDON : ContactTable.ABANDONED;
        if (!isShort && rng.nextDouble() < RETRY_AFTER_ABANDON) {
            long delay = 60 + Math.round(rng.nextExponential() * RETRY_DELAY_MEAN_SECONDS);
            customers.scheduleReturn(contacts.queue[c], now + delay, contacts.customer[c], contacts.reason[c]);
        }
    }

    /** Resolution, return, sale and survey of an answered contact that was not transferred. */
    private void settle(int c, QueueModel model) {
        boolean resolved = rng.nextDouble() < model.spec().resolutionRate();
        contacts.resolved[c] = resolved;
        if (!resolved && rng.nextDouble() < RETURN_IF_UNRESOLVED) {
            long delay = Math.max(3600, Math.round(RETURN_DELAY_SECONDS.sample(rng)));
            customers.scheduleReturn(contacts.queue[c], now + delay, contacts.customer[c], contacts.reason[c]);
        }
        boolean transferredIn = contacts.transferredFrom[c] >= 0;
        double saleRate = Math.min(1, model.spec().saleRate() * (transferredIn ? TRANSFERRED_SALE_UPLIFT : 1));
        if (saleRate > 0 && rng.nextDouble() < saleRate) {
            contacts.revenueCents[c] = Math.max(990, Math.round(SALE_EUR.sample(rng) * 100));
        }
        if (rng.nextDouble() < (model.voice() ? VOICE_RESPONSE_RATE : CHAT_RESPONSE_RATE)) {
            survey(c, model.voice(), resolved, transferredIn);
        }
    }

    private void survey(int c, boolean voice, boolean resolved, boolean transferredIn) {
        long wait = contacts.waitSeconds(c) + (transferredIn ? contacts.waitSeconds(contacts.transferredFrom[c]) : 0);
        double eta = SurveyModel.latent(
                resolved,
                wait,
                transferredIn,
                contacts.reason[c] == ContactReason.COMPLAINT.ordinal(),
                contacts.repeat[c],
                roster.agentRating()[contacts.agent[c]]);
        long at = now + (voice ? 10 + rng.nextInt(51) : 5 + Math.round(rng.nextExponential() * 60));
        int response = ++responses;
        record(response, c, at, SurveyMetric.CSAT, eta, transferredIn);
        if (rng.nextDouble() < NPS_SHARE) {
            record(response, c, at, SurveyMetric.NPS, eta, transferredIn);
        }
        record(response, c, at, SurveyMetric.CES, eta, transferredIn);
    }

    private void record(int response, int c, long at, SurveyMetric metric, double eta, boolean transferredIn) {
        surveys.add(response, c, at, metric.ordinal(), SurveyModel.answer(metric, eta, transferredIn, rng));
    }
}
