package org.switchboard.engine.core;

/** The medium a contact arrives on. Real-time channels are measured by service level, the others by deadlines. */
public enum Channel {
    /** A telephone call: one contact per agent at a time, measured by service level. */
    VOICE,
    /** A web chat: real time, but an agent may hold several at once (the queue's concurrency). */
    CHAT,
    /** An e-mail or web form: asynchronous, measured by the share answered within a deadline. */
    EMAIL,
    /** A conversation in a messenger app (WhatsApp, Telegram, WeChat…): near real time, often concurrent. */
    MESSENGER,
    /** A video call: handled like voice. */
    VIDEO,
    /** A text message: asynchronous. */
    SMS;

    /**
     * {@return whether the customer waits on line for an answer, so service level and abandonment apply} True for
     * voice, chat, messenger and video; false for e-mail and SMS, which are measured by deadline and backlog.
     */
    public boolean isRealTime() {
        return this != EMAIL && this != SMS;
    }
}
