package org.importwindow.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Legal parameters read from YAML (see {@code law/parameters.yaml} for the format): each parameter has dated,
 * non-overlapping values, each with its legal act and citation. Immutable.
 */
public final class DatedParameters implements LegalParameters {
    /** The bundled parameters file on the classpath. */
    public static final String BUNDLED = "/law/parameters.yaml";

    private final Map<String, Parameter> parameters;

    public DatedParameters(Collection<Parameter> parameters) {
        Map<String, Parameter> map = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            checkPeriods(p);
            map.put(p.id(), p);
        }
        this.parameters = Map.copyOf(map);
    }

    /** The parameters bundled with the core, from {@value #BUNDLED}. */
    public static DatedParameters loadBundled() {
        try (InputStream in = DatedParameters.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + BUNDLED);
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BUNDLED, e);
        }
    }

    /** Parameters from YAML text in the format of {@code law/parameters.yaml}. */
    public static DatedParameters load(Reader yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("legal parameters: expected a mapping of parameter ids");
        }
        List<Parameter> result = new ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String id = String.valueOf(e.getKey());
            if (!(e.getValue() instanceof Map<?, ?> body)) {
                throw new IllegalArgumentException("parameter " + id + ": expected a mapping");
            }
            Map<?, ?> description = body.get("description") instanceof Map<?, ?> d ? d : Map.of();
            List<DatedValue> values = new ArrayList<>();
            if (!(body.get("values") instanceof List<?> list) || list.isEmpty()) {
                throw new IllegalArgumentException("parameter " + id + ": needs a list of values");
            }
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> v)) {
                    throw new IllegalArgumentException("parameter " + id + ": each value must be a mapping");
                }
                values.add(new DatedValue(date(id, v.get("from"), true), date(id, v.get("to"), false),
                        number(id, v.get("value")), text(v.get("legalAct")), text(v.get("citation"))));
            }
            result.add(new Parameter(id, text(description.get("en")), text(description.get("zh")),
                    text(body.get("unit")), values));
        }
        return new DatedParameters(result);
    }

    @Override
    public BigDecimal value(String id, LocalDate date) {
        return valueOn(id, date).map(DatedValue::value).orElseThrow(() -> new NoSuchElementException(
                "legal parameter " + id + " has no value in force on " + date));
    }

    /** The value of {@code id} in force on {@code date}, with its legal act and citation. */
    public Optional<DatedValue> valueOn(String id, LocalDate date) {
        Parameter p = parameters.get(id);
        return p == null ? Optional.empty() : p.valueOn(date);
    }

    public Optional<Parameter> parameter(String id) {
        return Optional.ofNullable(parameters.get(id));
    }

    public Collection<Parameter> parameters() {
        return parameters.values();
    }

    private static void checkPeriods(Parameter p) {
        List<DatedValue> sorted = new ArrayList<>(p.values());
        sorted.sort(Comparator.comparing(DatedValue::from));
        for (int i = 0; i < sorted.size(); i++) {
            DatedValue v = sorted.get(i);
            if (v.to() != null && v.to().isBefore(v.from())) {
                throw new IllegalArgumentException("parameter " + p.id() + ": period ends before it starts: " + v);
            }
            if (i > 0) {
                DatedValue prev = sorted.get(i - 1);
                if (prev.to() == null || !prev.to().isBefore(v.from())) {
                    throw new IllegalArgumentException("parameter " + p.id() + ": periods overlap from " + v.from());
                }
            }
        }
    }

    private static LocalDate date(String id, Object o, boolean required) {
        if (o == null) {
            if (required) {
                throw new IllegalArgumentException("parameter " + id + ": a value needs `from`");
            }
            return null;
        }
        // SnakeYAML reads unquoted YAML timestamps as java.util.Date at UTC midnight
        if (o instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }

    private static BigDecimal number(String id, Object o) {
        if (o == null) {
            throw new IllegalArgumentException("parameter " + id + ": a value needs `value`");
        }
        return new BigDecimal(o.toString());
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
