package org.importwindow.server.declaration;

import org.importwindow.assessment.Assessment;
import org.importwindow.server.api.AssessmentJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored declaration's assessment in the API's shape: its {@link AssessmentFigures} worded again by assessing the
 * request as stored (same date, same tariff); when today's data no longer gives exactly the stored figures (a
 * corrected rate or exchange rate was imported since), the stored figures are answered alone, saying so. Rows written
 * before the figures were stored answer their worded snapshot as it is.
 */
@Component
public class DeclarationAssessments {
    private final DeclarationEngine engine;
    private final JsonMapper json;

    public DeclarationAssessments(DeclarationEngine engine, JsonMapper json) {
        this.engine = engine;
        this.json = json;
    }

    /** The declaration's assessment, or null when it has none (a draft). */
    public AssessmentJson of(StoredDeclaration d) {
        if (d.assessmentFigures() == null) {
            return d.assessmentJson() == null ? null : json.readValue(d.assessmentJson(), AssessmentJson.class);
        }
        AssessmentFigures stored = json.readValue(d.assessmentFigures(), AssessmentFigures.class);
        Assessment again = engine.reassess(json.readValue(d.requestJson(), DeclarationRequestJson.class));
        if (again != null && AssessmentFigures.of(again).equals(stored)) {
            return AssessmentJson.of(again);
        }
        return stored.withoutWords();
    }

    /** The API's answer for a stored declaration. */
    public DeclarationJson answer(StoredDeclaration d) {
        return DeclarationJson.of(d, of(d));
    }

    /** The figures to store for an assessment. */
    public String figures(Assessment a) {
        return a == null ? null : json.writeValueAsString(AssessmentFigures.of(a));
    }
}
