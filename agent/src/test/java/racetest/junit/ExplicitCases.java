package racetest.junit;

import dev.jrace.junit.RaceExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

// The extension named by hand, as a project that depends on jrace-junit does: with the agent it
// fails the racy test; without it every test passes and the extension says once that it is idle.
@ExtendWith(RaceExtension.class)
class ExplicitCases {
    static int count;

    @Test
    void racy() throws Exception {
        RacyCases.twice(() -> count++);
    }

    @Test
    void raceFree() throws Exception {
        RacyCases.twice(RacyCases.atomic::incrementAndGet);
    }
}
