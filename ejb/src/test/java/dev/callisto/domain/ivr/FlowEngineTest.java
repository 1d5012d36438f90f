package dev.callisto.domain.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.domain.ivr.IvrStep.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlowEngineTest {

    /** A flow with every node type: hours, welcome, a main menu, nested menus six levels deep, and more. */
    static final String FLOW =
            """
            {"start":"hours","nodes":[
             {"id":"hours","type":"time","schedule":"main","open":"welcome","closed":"closed","holiday":"holiday"},
             {"id":"closed","type":"hangup","prompt":"off-hours","result":"OFF_HOURS"},
             {"id":"holiday","type":"message","prompt":"tts:Happy holidays, leave a message","ticketTypeId":9},
             {"id":"welcome","type":"prompt","prompt":"welcome","next":"vip"},
             {"id":"vip","type":"http","url":"https://crm.example/vip?n=${caller}","timeoutMillis":500,"field":"level",
              "branches":{"gold":"gold"},"default":"main","onError":"main"},
             {"id":"gold","type":"queue","skillGroupId":7,"priority":5},
             {"id":"main","type":"menu","prompt":"tts:Sales 1, support 2, order 3, survey 4, agent 5, pin 6, number 0",
              "timeoutSeconds":4,"retries":1,"onFail":"sales",
              "options":[{"key":"1","label":"Sales","next":"sales"},{"key":"2","label":"Support","next":"l2"},
                         {"key":"3","label":"Order","next":"order"},{"key":"4","label":"Survey","next":"survey"},
                         {"key":"5","label":"Agent","next":"agent"},{"key":"6","label":"PIN","next":"pin"},
                         {"key":"0","label":"Operator","next":"operator"}]},
             {"id":"sales","type":"queue","skillGroupId":1},
             {"id":"l2","type":"menu","prompt":"tts:level 2","options":[{"key":"1","label":"Deeper","next":"l3"}]},
             {"id":"l3","type":"menu","prompt":"tts:level 3","options":[{"key":"1","label":"Deeper","next":"l4"}]},
             {"id":"l4","type":"menu","prompt":"tts:level 4","options":[{"key":"1","label":"Deeper","next":"l5"}]},
             {"id":"l5","type":"menu","prompt":"tts:level 5","options":[{"key":"1","label":"Deeper","next":"l6"},
                                                                      {"key":"*","label":"Back","next":"main"}]},
             {"id":"l6","type":"menu","prompt":"tts:level 6","options":[{"key":"#","label":"Support","next":"lang"}]},
             {"id":"lang","type":"set","variable":"route","value":"deep-${caller}","next":"support"},
             {"id":"support","type":"queue","skillGroupId":2},
             {"id":"order","type":"collect","prompt":"tts:order number","variable":"order","minDigits":4,"maxDigits":8,
              "retries":1,"next":"sales","onFail":"bye"},
             {"id":"survey","type":"survey"},
             {"id":"agent","type":"agent","agentId":3},
             {"id":"pin","type":"verify","prompt":"tts:your PIN","passed":"sales","failed":"bye"},
             {"id":"operator","type":"number","number":"+862100000000"},
             {"id":"bye","type":"hangup"}
            ]}""";

    private BusinessHours.Status hours = BusinessHours.Status.OPEN;
    private Optional<String> crm = Optional.empty();
    private final List<String> asked = new ArrayList<>();

    private final IvrEnvironment env = new IvrEnvironment() {
        public BusinessHours.Status hours(String schedule) {
            return hours;
        }

        public Optional<String> lookup(String node, String url, int timeoutMillis) {
            asked.add(url);
            return crm;
        }

        public boolean verify(String pin) {
            return pin.equals("2468");
        }
    };

    private final FlowEngine engine = new FlowEngine(FlowGraph.parse(FLOW), env);
    private final IvrState state = IvrState.startingFor("+86 138");

    private IvrStep start() {
        return engine.advance(state, new IvrInput.Start());
    }

    private IvrStep key(String key) {
        return engine.advance(state, new IvrInput.Key(key));
    }

    private IvrStep digits(String digits) {
        return engine.advance(state, new IvrInput.Digits(digits));
    }

    @Test
    void openHoursLeadThroughTheWelcomeAndACrmLookupToTheMainMenu() {
        IvrStep step = start();
        assertEquals(List.of("hours", "welcome", "vip", "main"), step.visited());
        assertEquals("welcome", step.prompts().get(0));
        assertEquals(
                List.of("https://crm.example/vip?n=%2B86+138"), asked, "the caller's number goes to the CRM, encoded");
        IvrStep.Waiting waiting = assertInstanceOf(IvrStep.Waiting.class, step.outcome());
        assertEquals("main", waiting.node());
        assertEquals("Sales", waiting.options().get(0).label(), "the visual IVR shows the options");
        assertEquals(new IvrStep.Queue(1, 0), key("1").outcome());
        assertEquals(List.of("1"), state.keys());
    }

    @Test
    void theCrmAnswerPicksTheBranch() {
        crm = Optional.of("{\"level\":\"gold\"}");
        assertEquals(new IvrStep.Queue(7, 5), start().outcome());
        assertEquals("gold", state.variables().get("level"));
        crm = Optional.of("not json");
        assertEquals(
                "main",
                ((IvrStep.Waiting) engine.advance(IvrState.startingFor("x"), new IvrInput.Start())
                                .outcome())
                        .node());
    }

    @Test
    void closedHoursAndHolidaysTakeTheirOwnBranches() {
        hours = BusinessHours.Status.CLOSED;
        IvrStep closed = start();
        assertEquals(new IvrStep.HangUp("OFF_HOURS"), closed.outcome());
        assertEquals(List.of("off-hours"), closed.prompts());
        hours = BusinessHours.Status.HOLIDAY;
        assertEquals(
                new IvrStep.LeaveMessage(9),
                engine.advance(IvrState.startingFor("x"), new IvrInput.Start()).outcome());
    }

    @Test
    void menusNestSixLevelsDeepAndStarGoesBack() {
        start();
        key("2");
        key("1");
        key("1");
        IvrStep atFive = key("1");
        assertEquals("l5", ((IvrStep.Waiting) atFive.outcome()).node());
        assertEquals("main", ((IvrStep.Waiting) key("*").outcome()).node());
        key("2");
        key("1");
        key("1");
        key("1");
        key("1");
        IvrStep done = key("#");
        assertEquals(new IvrStep.Queue(2, 0), done.outcome());
        assertEquals("deep-+86 138", state.variables().get("route"));
        assertEquals(List.of("2", "1", "1", "1", "*", "2", "1", "1", "1", "1", "#"), state.keys());
        assertTrue(state.path().containsAll(List.of("l2", "l3", "l4", "l5", "l6", "lang", "support")));
    }

    @Test
    void aWrongKeyReplaysTheMenuThenTheRetryLimitTakesOnFail() {
        start();
        IvrStep wrong = key("9");
        assertEquals(
                List.of("invalid-key", "tts:Sales 1, support 2, order 3, survey 4, agent 5, pin 6, number 0"),
                wrong.prompts());
        assertInstanceOf(IvrStep.Waiting.class, wrong.outcome());
        IvrStep again = key("8");
        assertEquals(new IvrStep.Queue(1, 0), again.outcome(), "retries: 1, then onFail (sales)");
    }

    @Test
    void silenceCountsLikeAWrongKey() {
        start();
        assertInstanceOf(
                IvrStep.Waiting.class,
                engine.advance(state, new IvrInput.Timeout()).outcome());
        assertEquals(
                new IvrStep.Queue(1, 0),
                engine.advance(state, new IvrInput.Timeout()).outcome());
    }

    @Test
    void digitsAreCollectedIntoAVariableAndBadOnesRetriedThenFail() {
        start();
        key("3");
        assertInstanceOf(IvrStep.Waiting.class, digits("12").outcome(), "too short: asked again");
        assertEquals(new IvrStep.Queue(1, 0), digits("123456#").outcome());
        assertEquals("123456", state.variables().get("order"));
        IvrState other = IvrState.startingFor("y");
        engine.advance(other, new IvrInput.Start());
        engine.advance(other, new IvrInput.Key("3"));
        engine.advance(other, new IvrInput.Digits("x"));
        assertEquals(
                new IvrStep.HangUp(null),
                engine.advance(other, new IvrInput.Digits("1")).outcome());
    }

    @Test
    void aPinIsCheckedButNeverRecorded() {
        start();
        key("6");
        IvrStep.Waiting pin = (IvrStep.Waiting) engine.waiting(state);
        assertTrue(pin.secret());
        assertEquals(new IvrStep.Queue(1, 0), digits("2468#").outcome());
        assertEquals(List.of("6", "PIN"), state.keys());
        assertTrue(state.variables().values().stream().noneMatch(v -> v.contains("2468")));
    }

    @Test
    void handOverNodesEndTheIvr() {
        List<Outcome> outcomes = new ArrayList<>();
        for (String k : List.of("4", "5", "0")) {
            IvrState s = IvrState.startingFor("z");
            engine.advance(s, new IvrInput.Start());
            outcomes.add(engine.advance(s, new IvrInput.Key(k)).outcome());
        }
        assertEquals(
                List.of(new IvrStep.ToSurvey(), new IvrStep.ToAgent(3), new IvrStep.ToNumber("+862100000000")),
                outcomes);
    }

    @Test
    void aFlowThatLoopsWithoutWaitingIsCutOff() {
        FlowEngine loop = new FlowEngine(
                FlowGraph.parse(
                        "{\"start\":\"a\",\"nodes\":[{\"id\":\"a\",\"type\":\"prompt\",\"prompt\":\"welcome\",\"next\":\"a\"}]}"),
                env);
        assertEquals(
                new IvrStep.HangUp("FAILED"),
                loop.advance(IvrState.startingFor("x"), new IvrInput.Start()).outcome());
    }
}
