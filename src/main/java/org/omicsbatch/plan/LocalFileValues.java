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
            visit(run.parameters(), "run " + run.runSettingId() + " (#" + i + "): parameters", sink);
        }
    }

    /** The draft with each {@code file:} value replaced by what {@code replacement} gives (null: kept). */
    public static BatchDraft replace(BatchDraft draft, UnaryOperator<String> replacement) {
        BatchDraft out = draft;
        if (draft.defaultRunSetting() != null && draft.defaultRunSetting().parameters() != null) {
            out = out.withDefaultRunSetting(draft.defaultRunSetting().toBuilder()
                    .parameters(rewrite(draft.defaultRunSetting().parameters(), replacement)).build());
        }
        return out.withRuns(draft.runs().stream().map(r -> r.parameters() == null ? r
                : r.toBuilder().parameters(rewrite(r.parameters(), replacement)).build()).toList());
    }

    private static JsonNode rewrite(JsonNode node, UnaryOperator<String> replacement) {
        if (LocalFiles.isLocalFile(node)) {
            String value = replacement.apply(node.textValue());
            return value == null ? node : TextNode.valueOf(value);
        }
        if (node instanceof ObjectNode o) {
            ObjectNode copy = o.objectNode();
            o.properties().forEach(e -> copy.set(e.getKey(), rewrite(e.getValue(), replacement)));
            return copy;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode copy = a.arrayNode();
            a.forEach(v -> copy.add(rewrite(v, replacement)));
            return copy;
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
