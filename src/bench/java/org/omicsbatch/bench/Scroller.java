package org.omicsbatch.bench;

import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.scene.control.TableView;

/**
 * Scrolls the table as a user would, one step per pulse: a stretch of row-by-row scrolling (the wheel),
 * then jumps through the whole table (dragging the scroll bar), then row by row again at the end.
 */
final class Scroller extends AnimationTimer {
    private static final int WHEEL_FRAMES = 300;
    private static final int JUMP_FRAMES = 300;

    final CountDownLatch done = new CountDownLatch(1);
    int frames;
    private final TableView<Integer> table;
    private final int rows;
    private long startNanos;
    private long endNanos;

    Scroller(TableView<Integer> table, int rows) {
        this.table = table;
        this.rows = rows;
    }

    @Override
    public void start() {
        startNanos = System.nanoTime();
        super.start();
    }

    @Override
    public void handle(long now) {
        int f = frames++;
        int row;
        if (f < WHEEL_FRAMES) {
            row = f;
        } else if (f < WHEEL_FRAMES + JUMP_FRAMES) {
            row = (int) ((long) (f - WHEEL_FRAMES) * rows / JUMP_FRAMES);
        } else if (f < 2 * WHEEL_FRAMES + JUMP_FRAMES) {
            row = rows - 2 * WHEEL_FRAMES - JUMP_FRAMES + f;
        } else {
            stop();
            endNanos = System.nanoTime();
            done.countDown();
            return;
        }
        table.scrollTo(Math.max(0, Math.min(rows - 1, row)));
    }

    long wallMs() {
        return (endNanos - startNanos) / 1_000_000;
    }
}
