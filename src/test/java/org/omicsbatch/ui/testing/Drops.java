package org.omicsbatch.ui.testing;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.util.List;
import java.util.Map;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Drops files on a node the way a file manager does: DRAG_OVER, then DRAG_DROPPED if the node
 * accepted, each carrying a real {@link Dragboard} (on JavaFX's in-memory clipboard, as the headless
 * platform has no drag-and-drop of its own). The node's own handlers run; nothing is called directly.
 * Call on the FX thread.
 */
public final class Drops {
    private Drops() {
    }

    /** What happened: whether the node accepted the drag, and whether it said the drop was completed. */
    public record Outcome(boolean accepted, boolean completed) {
    }

    public static Outcome drop(Node target, List<File> files) {
        Dragboard dragboard = DragboardHelper.createDragboard(new Board());
        dragboard.setContent(Map.of(DataFormat.FILES, files));
        Bounds b = target.localToScreen(target.getLayoutBounds());
        double x = b.getMinX() + b.getWidth() / 2;
        double y = b.getMinY() + b.getHeight() / 2;
        DragEvent over = event(DragEvent.DRAG_OVER, dragboard, target, x, y);
        Event.fireEvent(target, over);
        if (!over.isAccepted()) {
            return new Outcome(false, false);
        }
        DragEvent dropped = event(DragEvent.DRAG_DROPPED, dragboard, target, x, y);
        Event.fireEvent(target, dropped);
        return new Outcome(true, dropped.isDropCompleted());
    }

    /** The drag's data, offered for copying as a file manager offers it. */
    private static final class Board implements TKClipboard {
        private final Map<DataFormat, Object> content = new java.util.LinkedHashMap<>();

        @Override
        public void setSecurityContext(java.security.AccessControlContext context) {
        }

        @Override
        public java.util.Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(javafx.util.Pair<DataFormat, Object>... pairs) {
            content.clear();
            for (var pair : pairs) {
                content.put(pair.getKey(), pair.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public java.util.Set<TransferMode> getTransferModes() {
            return java.util.Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(javafx.scene.image.Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public javafx.scene.image.Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    private static DragEvent event(javafx.event.EventType<DragEvent> type, Dragboard dragboard, Node target,
            double screenX, double screenY) {
        javafx.geometry.Point2D local = target.screenToLocal(screenX, screenY);
        return new DragEvent(type, dragboard, local.getX(), local.getY(), screenX, screenY, TransferMode.COPY, null,
                target, null);
    }
}
