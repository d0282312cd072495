package org.omicsbatch.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class UiTaskExecutorTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    @Test
    void runsWorkOffTheFxThreadAndDeliversTheResultOnIt() throws Exception {
        UiTaskExecutor executor = new UiTaskExecutor();
        CompletableFuture<Boolean> workOnFx = new CompletableFuture<>();
        CompletableFuture<String> result = new CompletableFuture<>();
        CompletableFuture<Boolean> handlerOnFx = new CompletableFuture<>();
        executor.execute(BackgroundTask.of("Counting", progress -> {
            workOnFx.complete(Platform.isFxApplicationThread());
            return "done";
        }).onSuccess(value -> {
            handlerOnFx.complete(Platform.isFxApplicationThread());
            result.complete(value);
        }));
        assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(workOnFx.get()).isFalse();
        assertThat(handlerOnFx.get()).isTrue();
    }

    @Test
    void showsTheCoreProgressAndMessageOnTheCurrentTask() throws Exception {
        UiTaskExecutor executor = new UiTaskExecutor();
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        executor.execute(BackgroundTask.of("Importing", progress -> {
            progress.update(25, 100, "row 25 of 100");
            reported.countDown();
            release.await(5, TimeUnit.SECONDS);
            return null;
        }));
        assertThat(reported.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> executor.currentProperty().get() != null
                && executor.currentProperty().get().getProgress() == 0.25));
        assertThat(onFx(() -> executor.currentProperty().get().getMessage())).isEqualTo("row 25 of 100");
        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> executor.currentProperty().get() == null));
    }

    @Test
    void cancelStopsACoreLoopAndCallsOnlyTheCancelHandler() throws Exception {
        UiTaskExecutor executor = new UiTaskExecutor();
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> outcome = new CompletableFuture<>();
        TaskExecutor.TaskHandle handle = executor.execute(BackgroundTask.of("Validating", progress -> {
            started.countDown();
            for (long i = 0; ; i++) {
                progress.checkCancelled();
                Thread.onSpinWait();
            }
        }).onSuccess(value -> outcome.complete("success"))
                .onFailure(error -> outcome.complete("failure"))
                .onCancelled(() -> outcome.complete("cancelled")));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        handle.cancel();
        assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo("cancelled");
    }

    @Test
    void anErrorWithoutAHandlerGoesToTheDefaultHandlerWithTheTaskTitle() throws Exception {
        UiTaskExecutor executor = new UiTaskExecutor();
        CompletableFuture<String> shown = new CompletableFuture<>();
        executor.setDefaultFailureHandler((title, error) -> shown.complete(title + ": " + error.getMessage()));
        executor.execute(BackgroundTask.of("Listing workflows", progress -> {
            throw new IllegalStateException("The security token included in the request is expired");
        }));
        assertThat(shown.get(5, TimeUnit.SECONDS))
                .isEqualTo("Listing workflows: The security token included in the request is expired");
    }
}
