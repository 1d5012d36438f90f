package dev.callisto.domain.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.callisto.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class LinkQualityTest {

    @Test
    void aCleanLinkScoresWhatG711CanAtBest() {
        // R 92.96 → MOS 4.40: the E-model's ceiling for G.711 with no impairment.
        assertEquals(4.40, new LinkQuality(0, 0, 0).mos(), 0.01);
        assertFalse(new LinkQuality(0, 5, 40).isPoor());
    }

    @Test
    void lossHurtsMostAndDelayPastTheKneeAddsUp() {
        double onePercent = new LinkQuality(1, 10, 50).mos();
        double fivePercent = new LinkQuality(5, 10, 50).mos();
        assertTrue(fivePercent < onePercent, fivePercent + " < " + onePercent);
        // 5 % loss: Ie,eff = 95·5/30.1 = 15.8 → R about 76.8 → MOS about 3.9.
        assertEquals(3.9, fivePercent, 0.1);
        double slow = new LinkQuality(0, 0, 600).mos(); // 310 ms one way: past the 177 ms knee
        assertTrue(slow < 4.0 && slow > 3.0, "one-way 310 ms: " + slow);
        assertTrue(new LinkQuality(15, 60, 400).isPoor());
    }

    @Test
    void theScoreStaysOnTheScale() {
        assertEquals(1.0, new LinkQuality(100, 10_000, 60_000).mos());
        assertTrue(new LinkQuality(100, 0, 0).mos() >= 1);
    }

    @Test
    void impossibleFiguresAreRefusedNamingTheField() {
        assertEquals(
                "lossPercent",
                assertThrows(InvalidInputException.class, () -> new LinkQuality(-1, 0, 0))
                        .field());
        assertEquals(
                "jitterMs",
                assertThrows(InvalidInputException.class, () -> new LinkQuality(0, Double.NaN, 0))
                        .field());
        assertEquals(
                "rttMs",
                assertThrows(InvalidInputException.class, () -> new LinkQuality(0, 0, 1e9))
                        .field());
    }

    @Test
    void aLegIsNewsOnlyWhenItTurnsPoor() {
        LegQuality quality = new LegQuality(11, 3, LegRole.AGENT, 7L);
        assertFalse(quality.measure(new LinkQuality(0, 5, 40)));
        assertTrue(quality.measure(new LinkQuality(15, 60, 400)));
        assertFalse(quality.measure(new LinkQuality(20, 80, 500)), "still poor is not news");
        assertFalse(quality.measure(new LinkQuality(0, 5, 40)));
        assertTrue(quality.measure(new LinkQuality(15, 60, 400)), "poor again is");
        assertEquals(new LinkQuality(20, 80, 500).mos(), quality.lowestMos());
        assertTrue(quality.averageMos() > quality.lowestMos() && quality.averageMos() < 4.4);
    }
}
