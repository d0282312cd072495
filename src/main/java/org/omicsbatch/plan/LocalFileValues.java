package org.omicsbatch.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.InlineSetting;

/**
 * The {@code file:} values ({@link LocalFiles}) of a draft's parameters, at any depth: found with
 * where each one is, and replaced. Shared by the submission (which uploads them) and the render
 * (which names where they will be uploaded).
 */
public final class LocalFileValues {
    private LocalFileValues() {
    }

    /**
     * Calls {@code sink} with where each value is, for messages ({@code defaultRunSetting.parameters.input}
     * or {@code run S1 (#0): parameters.input}), and the value's text, in draft order.
     */
    public static void forEach(BatchDraft draft, BiConsumer<String, String> sink) {
        if (draft.defaultRunSetting() != null) {
            visit(draft.defaultRunSetting().parameters(), "defaultRunSetting.parameters", sink);
        }
        for (int i = 0; i < draft.runs().size(); i++) {
            InlineSetting run = draft.runs().get(i);
            if (mayHoldLocalFile(run.parameters())) {
                visit(run.parameters(), "run " + run.runSettingId() + " (#" + i + "): parameters", sink);
            }
        }
    }

    /**
     * The draft with each {@code file:} value replaced by what {@code replacement} gives (null: kept).
     * Parameters without one stay the very same objects: 100,000 imported runs keep their packed form.
     */
    public static BatchDraft replace(BatchDraft draft, UnaryOperator<String> replacement) {
        BatchDraft out = draft;
        if (draft.defaultRunSetting() != null && draft.defaultRunSetting().parameters() != null) {
            out = out.withDefaultRunSetting(draft.defaultRunSetting().toBuilder()
                    .parameters(rewrite(draft.defaultRunSetting().parameters(), replacement)).build());
        }
        return out.withRuns(draft.runs().stream().map(r -> {
            JsonNode rewritten = mayHoldLocalFile(r.parameters()) ? rewrite(r.parameters(), replacement) : r.parameters();
            return rewritten == r.parameters() ? r : r.toBuilder().parameters(rewritten).build();
        }).toList());
    }

    /** False when the parameters say, without being read, that they hold no {@code file:} value (packed runs). */
    private static boolean mayHoldLocalFile(JsonNode parameters) {
        return parameters != null && !(parameters instanceof ParameterFacts f && !f.mayHoldLocalFile());
    }

    private static JsonNode rewrite(JsonNode node, UnaryOperator<String> replacement) {
        if (LocalFiles.isLocalFile(node)) {
            String value = replacement.apply(node.textValue());
            return value == null ? node : TextNode.valueOf(value);
        }
        if (node instanceof ObjectNode o) {
            ObjectNode copy = o.objectNode();
            boolean[] changed = {false};
            o.properties().forEach(e -> {
                JsonNode value = rewrite(e.getValue(), replacement);
                changed[0] |= value != e.getValue();
                copy.set(e.getKey(), value);
            });
            return changed[0] ? copy : node; // unchanged parts stay shared, not copied
        }
        if (node instanceof ArrayNode a) {
            ArrayNode copy = a.arrayNode();
            boolean changed = false;
            for (JsonNode v : a) {
                JsonNode value = rewrite(v, replacement);
                changed |= value != v;
                copy.add(value);
            }
            return changed ? copy : node;
        }
        return node;
    }

    private static void visit(JsonNode node, String field, BiConsumer<String, String> sink) {
        if (node == null) {
            return;
        }
        if (LocalFiles.isLocalFile(node)) {
            sink.accept(field, node.textValue());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit(node.get(i), field + "[" + i + "]", sink);
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> visit(e.getValue(), field + "." + e.getKey(), sink));
        }
    }
}
