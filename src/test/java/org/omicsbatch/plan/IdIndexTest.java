package org.omicsbatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdIndexTest {
    @Test
    void findsTheFirstRunWithAnIdAsAMapWouldThroughEveryGrowth() {
        List<String> ids = new ArrayList<>();
        IdIndex index = new IdIndex(ids::get);
        Map<String, Integer> first = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            // many repeats, and colliding hash codes ("Aa" and "BB" hash alike)
            String id = random.nextInt(4) == 0 ? "Aa" + random.nextInt(3000) : "BB" + random.nextInt(40_000);
            ids.add(id);
            Integer expected = first.putIfAbsent(id, i);
            assertThat(index.addIfAbsent(id, i)).isEqualTo(expected == null ? -1 : expected);
        }
    }
}
