package org.omicsbatch.samplesheet;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * The size of the arrays imported runs keep their packed bytes in. G1 puts an array of half a heap
 * region or more straight into the old generation (a "humongous" object, one or more whole regions)
 * and never copies it; so a slab fills one region exactly, less the array's header: one byte more
 * and it would take two regions, half of them empty.
 */
final class Slabs {
    private static final int HEADER = 64;
    private static final int WITHOUT_G1 = (1 << 20) - HEADER;

    private Slabs() {
    }

    static int bytes() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null || !"true".equals(vm.getVMOption("UseG1GC").getValue())) {
                return WITHOUT_G1;
            }
            long region = Long.parseLong(vm.getVMOption("G1HeapRegionSize").getValue());
            return region >= (1 << 20) && region <= (1 << 26) ? (int) region - HEADER : WITHOUT_G1;
        } catch (RuntimeException | LinkageError e) { // no such option on this VM, or a runtime without jdk.management
            return WITHOUT_G1;
        }
    }
}
