package org.omicsbatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.samplesheet.ImportOptions;
import org.omicsbatch.samplesheet.SheetImporter;
import org.omicsbatch.ui.Theme;
import org.omicsbatch.ui.task.BackgroundTask;
import org.omicsbatch.ui.task.UiTaskExecutor;
import org.omicsbatch.ui.wizard.DraftState;
import org.omicsbatch.ui.wizard.runs.RunsView;
import org.omicsbatch.ui.wizard.runs.RunsViewModel;

/**
 * Measurement 3, headless (Monocle, software rendering): how long the FX thread goes without a
 * pulse while a 100,000-row sheet is imported into the Runs step the way the app does it (the sheet read
 * on a background task, then {@code RunsViewModel.acceptImport}, which builds the table off the FX thread
 * and swaps it in), until the table shows the rows and the draft holds them; and while the table is
 * scrolled through. Gaps come from an {@code AnimationTimer}: one call per pulse, so the longest time
 * between two calls is the longest the window was frozen.
 */
public final class FxPulseBench {
    private static final double TARGET_MS = 50;

    private FxPulseBench() {
    }

    public static void main(String[] args) throws Exception {
        String spec = args.length > 0 ? args[0] : "100000x40";
        int rows = Integer.parseInt(spec.split("x")[0]);
        int columns = Integer.parseInt(spec.split("x")[1]);
        Path work = Files.createDirectories(Path.of(System.getProperty("bench.work", "target/bench/work")));
        Path sheet = SheetGenerator.write(work.resolve("fx-" + spec + ".csv"), rows, columns, 42);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        PulseGaps gaps = new PulseGaps();
        RunsViewModel[] model = new RunsViewModel[1];
        DraftState[] draft = new DraftState[1];
        @SuppressWarnings("unchecked")
        TableView<Integer>[] table = new TableView[1];
        UiTaskExecutor executor = new UiTaskExecutor();
        Thread[] fxThread = new Thread[1];
        onFx(() -> {
            Theme.LIGHT.apply(); // as the app does at start; the runs table's CSS uses the theme's colour tokens
            DraftState state = new DraftState();
            draft[0] = state;
            model[0] = new RunsViewModel(state, executor);
            RunsView view = new RunsView(model[0], state);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(view.node()), 1280, 800));
            stage.show();
            table[0] = view.node().lookupAll(".table-view").stream().filter(TableView.class::isInstance)
                    .map(n -> (TableView<Integer>) n).findFirst().orElseThrow();
            gaps.start();
            fxThread[0] = Thread.currentThread();
        });
        LongPulseProbe probe = Boolean.getBoolean("bench.fx.probe")
                ? LongPulseProbe.start(fxThread[0], gaps::lastPulseNanos) : null;
        Thread.sleep(1500);
        var idle = Results.start("fx", "idle (baseline)");
        gaps.report(idle, TARGET_MS);
        Results.write(idle);
        if (probe != null) {
            probe.print(idle.get("name").asText());
        }

        var imported = Results.start("fx", "import " + rows + " rows x " + columns + " columns into the runs table");
        gaps.reset();
        long t0 = System.nanoTime();
        CompletableFuture<Long> tableMs = new CompletableFuture<>();
        CompletableFuture<Long> draftMs = new CompletableFuture<>();
        onFx(() -> {
            // The import ends when the table shows the rows and the draft holds them: both happen on the FX
            // thread, after background work, so the gaps of this phase include every hand-over.
            model[0].model().addListener(change -> {
                if (model[0].model().rowCount() == rows) {
                    tableMs.complete((System.nanoTime() - t0) / 1_000_000);
                }
            });
            draft[0].draftProperty().addListener((o, old, now) -> {
                if (now.runs().size() == rows) {
                    draftMs.complete((System.nanoTime() - t0) / 1_000_000);
                }
            });
            executor.execute(BackgroundTask.of("Import",
                    p -> SheetImporter.importSheet(sheet, ImportOptions.defaults(), p)).onSuccess(result -> {
                        List<InlineSetting> runs = result.runs();
                        model[0].acceptImport(runs, List.of(), "Import " + sheet.getFileName());
                    }).onFailure(e -> {
                        tableMs.completeExceptionally(e);
                        draftMs.completeExceptionally(e);
                    }));
        });
        imported.put("tableFilledAfterMs", tableMs.get(30, TimeUnit.MINUTES))
                .put("draftWrittenAfterMs", draftMs.get(30, TimeUnit.MINUTES));
        gaps.awaitPulses(30, 60_000); // the table's first layout of the new rows happens on the next pulses
        imported.put("rowsInTable", model[0].model().rowCount()).put("wallMs", (System.nanoTime() - t0) / 1_000_000);
        gaps.report(imported, TARGET_MS);
        Results.write(imported);
        if (probe != null) {
            probe.print(imported.get("name").asText());
        }

        var scroll = Results.start("fx", "scroll the runs table (" + rows + " rows)");
        gaps.reset();
        Scroller scroller = new Scroller(table[0], rows);
        onFx(scroller::start);
        scroller.done.await(30, TimeUnit.MINUTES);
        scroll.put("frames", scroller.frames).put("wallMs", scroller.wallMs());
        gaps.report(scroll, TARGET_MS);
        Results.write(scroll);
        if (probe != null) {
            probe.print(scroll.get("name").asText());
        }

        // Typing into the big table: each edit redraws the visible cells and, once the user pauses,
        // is written back to the draft (off the FX thread for a table this size).
        var edits = Results.start("fx", "edit cells of the runs table (" + rows + " rows), 10 edits");
        gaps.reset();
        for (int i = 0; i < 10; i++) {
            int row = 1000 + i;
            onFx(() -> model[0].editor().setCell(row, 6, "s3://edited/input-" + row + ".fastq.gz"));
            Thread.sleep(1200); // past the view's 400 ms pause before a write-back, and the write-back itself
        }
        long waitFrom = System.nanoTime();
        String last = "s3://edited/input-1009.fastq.gz";
        String name = model[0].model().column(6).name();
        while (!last.equals(draft[0].draft().runs().get(1009).parameters().path(name).asText())
                && System.nanoTime() - waitFrom < TimeUnit.MINUTES.toNanos(2)) {
            Thread.sleep(50);
        }
        edits.put("lastEditInDraftAfterMs", (System.nanoTime() - waitFrom) / 1_000_000);
        gaps.report(edits, TARGET_MS);
        Results.write(edits);
        if (probe != null) {
            probe.print(edits.get("name").asText());
        }
        Files.deleteIfExists(sheet);
        Platform.exit();
    }

    static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(5, TimeUnit.MINUTES);
    }
}
