package org.omicsbatch.ui.wizard.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.Json;
import org.omicsbatch.ui.services.PlanDraftChecks;
import org.omicsbatch.ui.testing.InMemoryCatalog;
import org.omicsbatch.ui.wizard.DraftState;

class SharedParametersViewModelTest {
    private static final String FASTQC = "aws-samples-amazon-omics-tutorials_nf-core_fastqc_parameter-template.json";
    private final DraftState state = new DraftState();
    private SharedParametersViewModel model;

    @BeforeEach
    void chooseFastqc() {
        InMemoryCatalog catalog = new InMemoryCatalog().add("1234567", "nf-core-fastqc", "PRIVATE", null, FASTQC);
        model = new SharedParametersViewModel(state, new PlanDraftChecks());
        state.workflowProperty().set(catalog.getWorkflow("1234567", null));
    }

    private ParameterField field(String name) {
        return java.util.stream.Stream.of(model.required(), model.optional(), model.unknown())
                .flatMap(java.util.List::stream).filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theTemplateGivesRequiredAndOptionalFieldsWithTheirDescriptions() {
        assertThat(model.required()).extracting(ParameterField::name).containsExactly("input", "fasta", "ecr_registry");
        assertThat(model.optional()).extracting(ParameterField::name).containsExactly("aws_region");
        assertThat(field("fasta").description()).isEqualTo("S3 URI of reference FASTA file");
        assertThat(field("input").messageProperty().get()).contains("Required by the workflow");
        assertThat(model.completeProperty().get()).as("runs may still set required values").isTrue();
    }

    @Test
    void aValueIsStoredAsTextUnlessTheUserChoseJson() {
        field("fasta").textProperty().set("s3://refs/GRCh38.fa");
        field("aws_region").textProperty().set("12");
        var parameters = state.draft().defaultRunSetting().parameters();
        assertThat(parameters.get("fasta").textValue()).isEqualTo("s3://refs/GRCh38.fa");
        assertThat(parameters.get("aws_region").isTextual()).as("no invented number type").isTrue();

        field("aws_region").jsonProperty().set(true);
        assertThat(state.draft().defaultRunSetting().parameters().get("aws_region").isNumber()).isTrue();
    }

    @Test
    void brokenJsonIsNamedWithLineAndColumnAndKeepsTheStoredValue() {
        ParameterField region = field("aws_region");
        region.jsonProperty().set(true);
        region.textProperty().set("[\"us-east-1\"]");
        region.textProperty().set("[\"us-east-1\"");
        assertThat(region.messageProperty().get()).startsWith("Not valid JSON (line 1, column");
        assertThat(region.messageIsErrorProperty().get()).isTrue();
        assertThat(model.completeProperty().get()).isFalse();
        assertThat(state.draft().defaultRunSetting().parameters().get("aws_region").isArray()).isTrue();
    }

    @Test
    void clearingAValueRemovesItFromTheSharedParameters() {
        field("fasta").textProperty().set("s3://refs/GRCh38.fa");
        field("fasta").textProperty().set("");
        assertThat(state.draft().defaultRunSetting().parameters()).isNull();
    }

    @Test
    void aValueTheTemplateDoesNotKnowIsListedWithTheCoresWarningAndCanBeRemoved() {
        ObjectNode values = Json.mapper().createObjectNode().put("fastaa", "s3://refs/x.fa");
        state.update(d -> d.withDefaultRunSetting(d.defaultRunSetting().toBuilder().parameters(values).build()));
        ParameterField unknown = field("fastaa");
        assertThat(unknown.inTemplate()).isFalse();
        assertThat(unknown.messageProperty().get()).contains("not a parameter of this workflow")
                .contains("did you mean \"fasta\"");
        model.remove(unknown);
        assertThat(model.unknown()).isEmpty();
        assertThat(state.draft().defaultRunSetting().parameters()).isNull();
    }

    @Test
    void anOpenedDraftShowsStructuredValuesAsJson() {
        ObjectNode values = Json.mapper().createObjectNode();
        values.putArray("aws_region").add("eu-west-1");
        values.put("input", "s3://sheets/samples.csv");
        state.update(d -> d.withDefaultRunSetting(d.defaultRunSetting().toBuilder().parameters(values).build()));
        assertThat(field("aws_region").jsonProperty().get()).isTrue();
        assertThat(field("aws_region").textProperty().get()).isEqualTo("[\"eu-west-1\"]");
        assertThat(field("input").jsonProperty().get()).isFalse();
        assertThat(field("input").textProperty().get()).isEqualTo("s3://sheets/samples.csv");
    }
}
