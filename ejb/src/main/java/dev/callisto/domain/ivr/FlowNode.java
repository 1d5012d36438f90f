package dev.callisto.domain.ivr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** One node of an IVR flow. {@link #exits()} are the nodes it can lead to; {@link #prompts()} what it plays. */
public sealed interface FlowNode {

    String id();

    default List<String> exits() {
        return List.of();
    }

    default List<String> prompts() {
        return List.of();
    }

    private static List<String> present(String... values) {
        return Stream.of(values).filter(Objects::nonNull).toList();
    }

    record PlayPrompt(String id, String prompt, String next) implements FlowNode {
        public List<String> exits() {
            return present(next);
        }

        public List<String> prompts() {
            return present(prompt);
        }
    }

    record MenuOption(String key, String label, String next) {}

    /** Keys 0–9, * and #; a wrong key or silence counts against {@code retries}, then {@code onFail}. */
    record Menu(String id, String prompt, List<MenuOption> options, int timeoutSeconds, int retries, String onFail)
            implements FlowNode {
        public List<String> exits() {
            List<String> exits =
                    new ArrayList<>(options.stream().map(MenuOption::next).toList());
            exits.addAll(present(onFail));
            return exits;
        }

        public List<String> prompts() {
            return present(prompt, "invalid-key");
        }
    }

    /** Digits ended by # (an order number), stored as a call variable. */
    record CollectDigits(
            String id,
            String prompt,
            String variable,
            int minDigits,
            int maxDigits,
            int timeoutSeconds,
            int retries,
            String next,
            String onFail)
            implements FlowNode {
        public List<String> exits() {
            return present(next, onFail);
        }

        public List<String> prompts() {
            return present(prompt, "invalid-key");
        }
    }

    /** Branches on the tenant's business hours: open, closed, or a holiday. */
    record TimeCondition(String id, String schedule, String open, String closed, String holiday) implements FlowNode {
        public List<String> exits() {
            return present(open, closed, holiday);
        }
    }

    record QueueTo(String id, long skillGroupId, int priority) implements FlowNode {}

    record TransferToAgent(String id, long agentId) implements FlowNode {}

    record TransferToNumber(String id, String number) implements FlowNode {}

    record Survey(String id) implements FlowNode {
        public List<String> prompts() {
            return List.of("survey");
        }
    }

    /** Collects a PIN (never logged, never in the trajectory) and asks the pluggable verifier. */
    record Verify(String id, String prompt, String passed, String failed) implements FlowNode {
        public List<String> exits() {
            return present(passed, failed);
        }

        public List<String> prompts() {
            return present(prompt);
        }
    }

    /** The caller leaves a message: it becomes a ticket of the given type. */
    record LeaveMessage(String id, String prompt, long ticketTypeId) implements FlowNode {
        public List<String> prompts() {
            return present(prompt);
        }
    }

    /**
     * Asks the tenant's CRM ({@code url} with the caller's number) and branches on one field of
     * the JSON answer; no answer within the timeout, or an error, takes {@code onError}.
     */
    record HttpLookup(
            String id,
            String url,
            int timeoutMillis,
            String field,
            Map<String, String> branches,
            String fallback,
            String onError)
            implements FlowNode {
        public List<String> exits() {
            List<String> exits = new ArrayList<>(branches.values());
            exits.addAll(present(fallback, onError));
            return exits;
        }
    }

    record SetVariable(String id, String variable, String value, String next) implements FlowNode {
        public List<String> exits() {
            return present(next);
        }
    }

    /** Ends the call, after an optional prompt; {@code result} is what the call record says (e.g. OFF_HOURS). */
    record HangUp(String id, String prompt, String result) implements FlowNode {
        public List<String> prompts() {
            return present(prompt);
        }
    }
}
