package dev.callisto.sip;

import dev.callisto.application.phone.PhoneSignIn;
import dev.callisto.sip.rtp.Prompt;
import dev.callisto.sip.rtp.RtpRelay;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A call from an agent's bound number to a service number, while it is on the agent line: the
 * menu (1 sign in, 2 sign out, 3 the normal call), then the work number up to {@code #}, then
 * the spoken result and the edge hangs up. The edge plays it all itself; nothing is in a call's
 * room until the caller chooses the normal call ({@code asCustomer}).
 */
final class AgentLine {

    private static final long PATIENCE_SECONDS = 30;

    private enum Step {
        MENU,
        WORK_NUMBER,
        DONE
    }

    private final SipLines lines;
    private final PhoneSignIn.Menu menu;
    private final String caller;
    private final Runnable asCustomer;
    private final StringBuilder digits = new StringBuilder();
    private volatile RtpRelay relay;
    private volatile PhoneLine line;
    private volatile Step step = Step.MENU;
    private volatile boolean signIn;
    private volatile Future<?> patience;
    private volatile String codec;

    /** @param asCustomer what the caller's choice of the normal call does (the call arrives as any caller's) */
    AgentLine(SipLines lines, PhoneSignIn.Menu menu, String caller, Runnable asCustomer) {
        this.lines = lines;
        this.menu = menu;
        this.caller = caller;
        this.asCustomer = asCustomer;
    }

    /** The call is answered: the menu plays until a key, for at most {@value #PATIENCE_SECONDS} s. */
    void start(PhoneLine line, String codec) {
        this.line = line;
        this.relay = line.relay();
        this.codec = codec;
        relay.play(Prompt.of(menu.welcome(), codec));
        patience = lines.timers.schedule(this::hangUp, PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    /** A key; false once the caller chose the normal call (the key is then the call's). */
    synchronized boolean pressed(char key) {
        switch (step) {
            case MENU -> {
                if (key == '1' || key == '2') {
                    signIn = key == '1';
                    step = Step.WORK_NUMBER;
                    relay.play(Prompt.of(menu.askWorkNumber(), codec));
                } else if (key == '3') {
                    step = Step.DONE;
                    patience.cancel(false);
                    relay.stopPrompt();
                    lines.work.submit(asCustomer);
                }
            }
            case WORK_NUMBER -> {
                if (key == '#') {
                    step = Step.DONE;
                    relay.stopPrompt();
                    String workNumber = digits.toString();
                    lines.work.submit(
                            () -> done(lines.services.signIn().choose(menu.tenantId(), caller, signIn, workNumber)));
                } else if (Character.isDigit(key) && digits.length() < 20) {
                    digits.append(key);
                }
            }
            case DONE -> {
                return false;
            }
        }
        return true;
    }

    private void done(boolean accepted) {
        byte[] result = !accepted ? menu.refused() : signIn ? menu.signedIn() : menu.signedOut();
        relay.play(Prompt.of(result, codec));
        patience.cancel(false);
        // 16-bit 16 kHz mono: 32 bytes a millisecond; the caller hears the result once, then the edge hangs up.
        lines.timers.schedule(this::hangUp, result.length / 32 + 500, TimeUnit.MILLISECONDS);
    }

    private void hangUp() {
        lines.take(line.sipCallId()).ifPresent(l -> {
            SipLines.close(l.relay());
            lines.bye(l);
        });
    }
}
