package org.importwindow.declaration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.importwindow.assessment.Assessment;
import org.importwindow.assessment.AssessmentRequest;
import org.importwindow.assessment.Assessor;
import org.importwindow.assessment.InvalidRequestException;
import org.importwindow.assessment.ItemAssessment;
import org.importwindow.assessment.ItemRequest;
import org.importwindow.assessment.Violation;
import org.importwindow.declaration.risk.RiskEngine;
import org.importwindow.declaration.risk.RiskInput;
import org.importwindow.declaration.risk.RiskItem;
import org.importwindow.declaration.risk.RiskResult;
import org.importwindow.declaration.risk.RiskRules;
import org.importwindow.enterprise.Enterprise;
import org.importwindow.exchange.CustomsExchangeRates;
import org.importwindow.law.LegalParameters;
import org.importwindow.reference.ReferenceData;
import org.importwindow.tariff.TariffSchedule;

/**
 * The facade the single window calls: checks a declaration (DEC-001..), turns its values into CIF, assesses the
 * duties and taxes with the tariff engine ({@link Assessor}), channels it ({@link RiskEngine}) and records the
 * lodgement through the {@link DeclarationWorkflow}. Thread-safe; holds no state between calls; reads no clock.
 */
public final class DeclarationDesk {
    private final CheckContext context;
    private final Assessor assessor;
    private final RiskEngine risk;
    private final DeclarationWorkflow workflow;

    public DeclarationDesk(CheckContext context, RiskRules riskRules) {
        this.context = context;
        this.assessor = new Assessor(context.schedule(), context.reference(), context.exchangeRates(),
                context.parameters());
        this.risk = new RiskEngine(riskRules, context.parameters());
        this.workflow = new DeclarationWorkflow(context.parameters());
    }

    /** A desk with the bundled code lists and risk rules. */
    public DeclarationDesk(TariffSchedule schedule, ReferenceData reference, CustomsExchangeRates exchangeRates,
                           LegalParameters parameters) {
        this(CheckContext.of(schedule, reference, exchangeRates, parameters), RiskRules.loadBundled());
    }

    public DeclarationWorkflow workflow() {
        return workflow;
    }

    public RiskEngine riskEngine() {
        return risk;
    }

    /** Every error of the declaration (DEC-xxx), in both languages; empty when it may be lodged. */
    public List<DeclarationError> check(DeclarationRequest request) {
        return DeclarationChecks.errors(request, context);
    }

    /**
     * The duties and taxes the declaration would pay (shown before lodging). Throws
     * {@link InvalidDeclarationException} with every DEC-/ASM- error when it cannot be assessed.
     */
    public Assessment assess(DeclarationRequest request) {
        return valueAndAssess(request).assessment;
    }

    /** The CIF values of a declaration that passes the checks. */
    public CifValuation.CifValues valuation(DeclarationRequest request) {
        return CifValuation.convert(request, context.parameters());
    }

    /**
     * Lodges a declaration for {@code importer}: checks, values, assesses and channels it and returns the events of
     * the lodgement (lodged, assessed, channel assigned, and released when nothing is left to do).
     *
     * @param previousDeclarations how many declarations the importer lodged before (0: first-time importer)
     * @param seed                 the sampling seed; the draw is a function of (seed, reference)
     * @throws InvalidDeclarationException with every error; nothing is lodged
     */
    public Lodgement lodge(DeclarationRequest request, Enterprise importer, int previousDeclarations, String actor,
                           Instant at, long seed) {
        Valued v = valueAndAssess(request);
        requireImporter(request, importer);
        RiskResult r = risk.assess(riskInput(request, importer, previousDeclarations, v.assessment), seed);
        DeclarationCommand.Lodge lodge = new DeclarationCommand.Lodge(actor, at, request.reference(),
                request.importer(), request.kind(), request.summaryReference(), Appraisal.of(v.assessment, r));
        Transition t = workflow.apply(DeclarationState.draft(request.reference()), lodge);
        return lodgement(request, v, r, t);
    }

    /**
     * Amends a lodged declaration: the corrected request is checked, re-assessed and re-channelled.
     *
     * @throws InvalidDeclarationException with the request's errors, or the workflow's refusal (DEC-1xx)
     */
    public Lodgement amend(DeclarationState state, DeclarationRequest corrected, Enterprise importer,
                           int previousDeclarations, String actor, Instant at, long seed, String note) {
        Valued v = valueAndAssess(corrected);
        requireImporter(corrected, importer);
        RiskResult r = risk.assess(riskInput(corrected, importer, previousDeclarations, v.assessment), seed);
        Transition t = workflow.apply(state, new DeclarationCommand.Amend(actor, at, note,
                Appraisal.of(v.assessment, r)));
        return lodgement(corrected, v, r, t);
    }

    /** Applies a command (documents checked, payment, hold...) to a declaration: the workflow's pure function. */
    public Transition apply(DeclarationState state, DeclarationCommand command) {
        return workflow.apply(state, command);
    }

    private static Lodgement lodgement(DeclarationRequest request, Valued v, RiskResult r, Transition t) {
        if (t instanceof Transition.Refused refused) {
            throw new InvalidDeclarationException(List.of(refused.error()));
        }
        Transition.Accepted a = (Transition.Accepted) t;
        return new Lodgement(request, v.valuation, v.assessment, r, a.events(), a.state());
    }

    private static void requireImporter(DeclarationRequest request, Enterprise importer) {
        if (importer == null || !importer.uscc().equals(request.importer())) {
            throw new IllegalArgumentException("the declaration's importer " + request.importer()
                    + " is not the enterprise given");
        }
    }

    private record Valued(CifValuation.CifValues valuation, Assessment assessment) {
    }

    private Valued valueAndAssess(DeclarationRequest request) {
        List<DeclarationError> errors = DeclarationChecks.errors(request, context);
        if (!errors.isEmpty()) {
            throw new InvalidDeclarationException(errors);
        }
        CifValuation.CifValues cif = CifValuation.convert(request, context.parameters());
        List<ItemRequest> items = new ArrayList<>(request.items().size());
        for (int i = 0; i < request.items().size(); i++) {
            DeclarationItemRequest it = request.items().get(i);
            String preference = it.preferenceOrAuto();
            if (DeclarationItemRequest.IN_QUOTA.equals(preference)) {
                preference = ItemRequest.AUTO;
            }
            items.add(new ItemRequest(it.commodityCode().strip(), it.origin(), cif.itemValues().get(i),
                    it.quantity(), it.unit(), preference, it.hasProofOfOrigin(), it.hasQuotaCertificate(),
                    it.attributes()));
        }
        try {
            Assessment a = assessor.assess(new AssessmentRequest(request.declarationDate(),
                    request.currencyOrYuan(), items));
            return new Valued(cif, a);
        } catch (InvalidRequestException e) {
            List<DeclarationError> mapped = new ArrayList<>();
            for (Violation v : e.violations()) {
                String path = "date".equals(v.path()) ? "declarationDate"
                        : v.path() == null ? null : v.path().replace(".customsValue", ".value");
                mapped.add(new DeclarationError(v.code(), path, v.message(), "税款计算：" + v.message()));
            }
            throw new InvalidDeclarationException(mapped);
        }
    }

    private static RiskInput riskInput(DeclarationRequest request, Enterprise importer, int previous,
                                       Assessment assessment) {
        List<RiskItem> items = new ArrayList<>(request.items().size());
        for (int i = 0; i < request.items().size(); i++) {
            DeclarationItemRequest it = request.items().get(i);
            ItemAssessment a = assessment.items().get(i);
            items.add(new RiskItem(i, it.commodityCode().strip(), it.origin(), a.customsValueCny(), it.quantity(),
                    it.unit(), it.preferenceOrAuto(), it.hasProofOfOrigin()));
        }
        return new RiskInput(request.reference(), request.declarationDate(), importer, previous, items);
    }
}
